package org.w3id.iasante.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Berlin SPARQL Benchmark (org.aksw.bsbm:bsbm-core from Maven Central): its explore mix, run by its own test driver. */
final class Bsbm {

    private static final Pattern QMPH = Pattern.compile("<qmph>([0-9.]+)</qmph>");

    private Bsbm() {}

    /** The test driver reads its query templates from files: copy them out of the jar. */
    static void extractDriverFiles(Path folder) throws IOException {
        Path jar = Path.of(benchmark.testdriver.TestDriver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory()
                        || !(entry.getName().startsWith("queries/")
                                || entry.getName().startsWith("usecases/"))) continue;
                Path target = folder.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Query mixes per hour of the explore use case against {@code endpoint}, {@code clients} at a
     * time, the query parameters drawn from {@code seed}: a new seed is a new set of questions, so
     * that a server caching answers cannot replay those of an earlier run.
     */
    static double queryMixesPerHour(
            Path folder, String endpoint, int clients, int runs, long seed, BiConsumer<List<String>, Path> java)
            throws IOException {
        Path result = folder.resolve("result-" + System.nanoTime() + ".xml");
        java.accept(
                List.of(
                        "benchmark.testdriver.TestDriver",
                        "-runs",
                        Integer.toString(runs),
                        "-w",
                        Integer.toString(Math.max(1, runs / 5)),
                        "-mt",
                        Integer.toString(clients),
                        "-t",
                        "120000",
                        "-seed",
                        Long.toString(seed),
                        "-idir",
                        folder.resolve("td_data").toString(),
                        "-ucf",
                        folder.resolve("usecases/explore/sparql.txt").toUri().toString(),
                        "-o",
                        result.toString(),
                        endpoint),
                folder);
        Matcher matcher = QMPH.matcher(Files.readString(result));
        if (!matcher.find()) throw new IllegalStateException("No <qmph> in " + result);
        return Double.parseDouble(matcher.group(1));
    }
}
