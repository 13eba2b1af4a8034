package org.w3id.iasante.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The library jar that {@code ./mvnw package} builds, used as a Java user uses it: a plain jar with
 * the API and the knowledge it reads, its sources and Javadoc beside it, and the example of
 * docs/java-api.md compiled and run against that jar and its dependencies, without the build's
 * {@code target/classes}. Run by Failsafe after {@code package}; the pom passes the jar's path and
 * the dependencies' class paths ({@code dependency:build-classpath}).
 */
class LibraryJarIT {

    private static final String RUNTIME_CLASSPATH = "ias.library.runtime-classpath";
    private static final String COMPILE_CLASSPATH = "ias.library.compile-classpath";

    private final Path jar = Path.of(required("ias.library.jar"));

    @TempDir
    Path work;

    @Test
    void isAPlainJarHoldingTheApiAndEveryKnowledgeFileItReads() throws IOException {
        List<String> entries = entries(jar);
        assertThat(entries)
                .as("a plain jar, not Spring Boot's executable one")
                .noneMatch(e -> e.startsWith("BOOT-INF/") || e.startsWith("org/springframework/boot/loader/"))
                .contains("org/w3id/iasante/api/RoadmapGraph.class", "org/w3id/iasante/query/Term.class");
        // What RoadmapGraph.inMemory() and the query catalogue read from the class path (KnowledgeLocation).
        assertThat(entries).containsAll(knowledgeFiles());
    }

    @Test
    void comesWithItsSourcesAndAJavadocThatDocumentsRoadmapGraph() throws IOException {
        Path sources = besideTheJar("-sources.jar");
        Path javadoc = besideTheJar("-javadoc.jar");
        assertThat(sources).isRegularFile();
        assertThat(javadoc).isRegularFile();
        assertThat(entries(sources)).contains("org/w3id/iasante/api/RoadmapGraph.java");
        try (JarFile file = new JarFile(javadoc.toFile())) {
            JarEntry page = file.getJarEntry("org/w3id/iasante/api/RoadmapGraph.html");
            assertThat(page).as("the Javadoc has a page for RoadmapGraph").isNotNull();
            String html = new String(file.getInputStream(page).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(html).contains("inMemory", "openStore", "remote");
        }
    }

    @Test
    void theJavaApiPagesExampleCompilesAndRunsAgainstTheJarAndItsDependenciesAlone() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        DocumentedExample example = DocumentedExample.fromPage();
        example.compile(classes, jar + File.pathSeparator + classPath(COMPILE_CLASSPATH));
        String runtime = classPath(RUNTIME_CLASSPATH);
        assertThat(runtime.split(File.pathSeparator))
                .as("the dependencies, not the build's own classes")
                .noneMatch(e -> Path.of(e).toAbsolutePath().startsWith(RepositoryKnowledge.ROOT.resolve("target")));
        DocumentedExample.assertPrintsWhatThePageSays(example.runInNewJvm(classes, jar + File.pathSeparator + runtime));
    }

    @Test
    void leavesTheRunnableApplicationToTheExecJarBesideIt() throws IOException {
        Path exec = besideTheJar("-exec.jar");
        assertThat(exec).isRegularFile();
        assertThat(Files.getLastModifiedTime(exec))
                .as("%s was repackaged from this jar, not left by an earlier build", exec.getFileName())
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar));
        assertThat(entries(exec)).contains("BOOT-INF/classes/org/w3id/iasante/api/RoadmapGraph.class");
    }

    /** Every ontology, data and query file of the repository, where the build packages it. */
    private static List<String> knowledgeFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String[] folder : new String[][] {
            {"ontology", ".ttl"},
            {"data", ".trig"},
            {"queries", ".rq"},
            {"queries/site", ".rq"},
            {"queries/system", ".rq"}
        }) {
            try (Stream<Path> listed = Files.list(RepositoryKnowledge.ROOT.resolve(folder[0]))) {
                listed.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(folder[1]))
                        .forEach(n -> files.add("ia-sante/" + folder[0] + "/" + n));
            }
        }
        assertThat(files).as("the repository has knowledge files").isNotEmpty();
        return files;
    }

    private Path besideTheJar(String suffix) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + suffix);
    }

    private static List<String> entries(Path jar) throws IOException {
        assertThat(jar).as("%s is built by ./mvnw package", jar).isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).toList();
        }
    }

    private static String classPath(String property) throws IOException {
        Path file = Path.of(required(property));
        assertThat(file).as("%s is written by dependency:build-classpath", file).isRegularFile();
        return Files.readString(file).strip();
    }

    /** Set by the pom's Failsafe configuration: without it this test fails rather than skips. */
    private static String required(String property) {
        String value = System.getProperty(property);
        assertThat(value)
                .as("system property %s (set by Failsafe: run ./mvnw verify)", property)
                .isNotBlank();
        return value;
    }
}
