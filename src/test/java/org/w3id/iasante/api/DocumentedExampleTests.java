package org.w3id.iasante.api;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java example of docs/java-api.md, exactly as written there (imports included), compiles
 * against the API and prints what the page says it prints. {@link LibraryJarIT} does the same
 * against the packaged library jar.
 */
class DocumentedExampleTests {

    @TempDir
    Path work;

    @Test
    void theJavaApiPagesExampleCompilesAsWrittenAndPrintsThePrioritiesTheTotalAndThePlannedActions() throws Exception {
        DocumentedExample example = DocumentedExample.fromPage();
        example.compile(work, System.getProperty("java.class.path"));
        DocumentedExample.assertPrintsWhatThePageSays(example.runHere(work));
    }
}
