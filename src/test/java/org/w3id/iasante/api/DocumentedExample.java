package org.w3id.iasante.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The Java example of docs/java-api.md, exactly as written there (imports included): compiled
 * against a class path, run, and what it prints checked against what the page says it prints.
 */
final class DocumentedExample {

    static final Path PAGE = RepositoryKnowledge.ROOT.resolve("docs/java-api.md");

    private final String className;
    private final String source;

    private DocumentedExample(String className, String source) {
        this.className = className;
        this.source = source;
    }

    /** The page's first {@code ```java} block. */
    static DocumentedExample fromPage() throws IOException {
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(PAGE));
        assertThat(block.find()).as("%s has a ```java block", PAGE).isTrue();
        String source = block.group(1);
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertThat(name.find()).as("the example is a public class").isTrue();
        return new DocumentedExample(name.group(1), source);
    }

    /** Compiles the example into {@code work} against {@code classPath}, or fails with javac's messages. */
    void compile(Path work, String classPath) throws IOException {
        Path file = work.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(
                        diagnostics,
                        null,
                        null,
                        List.of("-classpath", classPath, "-d", work.toString()),
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(file))
                .call();
        assertThat(compiled)
                .as("%s compiles: %s", PAGE.getFileName(), diagnostics)
                .isTrue();
    }

    /** Runs the compiled example in this JVM, over the classes this test sees; returns what it printed. */
    String runHere(Path work) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {work.toUri().toURL()}, DocumentedExample.class.getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /**
     * Runs the compiled example in a JVM of its own, as a user would: {@code java -cp work:classPath};
     * returns its standard output, or fails with both its outputs when it does not exit 0.
     */
    String runInNewJvm(Path work, String classPath) throws Exception {
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        Process java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        work + File.pathSeparator + classPath,
                        className)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            assertThat(java.waitFor(3, TimeUnit.MINUTES))
                    .as("the example ends within 3 minutes")
                    .isTrue();
        } finally {
            java.destroyForcibly();
        }
        assertThat(java.exitValue())
                .as("the example exits 0; it printed:%n%s%n%s", Files.readString(out), Files.readString(err))
                .isZero();
        return Files.readString(out);
    }

    /** What the page says the example prints: the four priorities in order, the total, the 2025 actions. */
    static void assertPrintsWhatThePageSays(String printed) {
        assertThat(printed.lines())
                .startsWith("1. Regulation", "2. Evaluation", "3. Support", "4. Economic framework")
                .contains("Total: 2180000000 EUR", "Generalisation of training", "Extension of the experiments");
    }
}
