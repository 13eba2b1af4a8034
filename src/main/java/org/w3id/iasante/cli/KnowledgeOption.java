package org.w3id.iasante.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import picocli.CommandLine.Option;

/** The {@code --knowledge} option: where ontology/, data/ and queries/ are read from. */
final class KnowledgeOption {

    @Option(
            names = "--knowledge",
            paramLabel = "DIR",
            description = "Folder holding ontology/, data/ and queries/ (default: the current folder if it has them,"
                    + " else the copy packaged in the application)")
    Path folder;

    KnowledgeLocation location() {
        if (folder != null) return KnowledgeLocation.directory(folder);
        return Files.isDirectory(Path.of("ontology"))
                ? KnowledgeLocation.directory(Path.of(""))
                : KnowledgeLocation.classpath();
    }
}
