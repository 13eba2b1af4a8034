package org.w3id.iasante.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The Java example of docs/java-api.md, exactly as written there (imports included), compiles
 * against the API and prints what the page says it prints.
 */
class DocumentedExampleTests {

    private static final Path PAGE = RepositoryKnowledge.ROOT.resolve("docs/java-api.md");

    @TempDir
    Path work;

    @Test
    void theJavaApiPagesExampleCompilesAsWrittenAndPrintsThePrioritiesTheTotalAndThePlannedActions() throws Exception {
        String source = firstJavaBlock(Files.readString(PAGE));
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertThat(name.find()).as("the example is a public class").isTrue();
        Path file = work.resolve(name.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(
                        diagnostics,
                        null,
                        null,
                        List.of("-classpath", System.getProperty("java.class.path"), "-d", work.toString()),
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(file))
                .call();
        assertThat(compiled)
                .as("%s compiles: %s", PAGE.getFileName(), diagnostics)
                .isTrue();

        String printed = run(name.group(1));
        assertThat(printed.lines())
                .startsWith("1. Regulation", "2. Evaluation", "3. Support", "4. Economic framework")
                .contains("Total: 2180000000 EUR", "Generalisation of training", "Extension of the experiments");
    }

    private String run(String className) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String firstJavaBlock(String markdown) {
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(block.find()).as("%s has a ```java block", PAGE).isTrue();
        return block.group(1);
    }
}
