package org.w3id.iasante.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryCatalogue;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.store.EmbeddedStore;

/**
 * The side-by-side benchmark (see bench/README.md): every figure is a ratio of ours against the
 * reference a user would otherwise pick, measured in one run on the same machine, the two
 * alternated (A then B, then B then A) so that drift in a shared machine touches both and going
 * first favours neither.
 *
 * <pre>java … org.w3id.iasante.bench.Benchmark [smoke|full] [output folder]</pre>
 */
public final class Benchmark {

    /** How big and how long. */
    record Scale(
            String name,
            List<Long> sizes,
            long mixSize,
            int bsbmProducts,
            Duration runTime,
            List<Integer> clients,
            int alternations,
            int latencyRepeats,
            int bsbmRuns) {

        static final Scale SMOKE =
                new Scale("smoke", List.of(3_000L, 6_000L), 6_000L, 10, Duration.ofMillis(800), List.of(2), 1, 2, 2);
        static final Scale FULL = new Scale(
                "full",
                List.of(100_000L, 1_000_000L, 10_000_000L),
                1_000_000L,
                2785,
                Duration.ofSeconds(15),
                List.of(1, 4, 16),
                2,
                5,
                30);
    }

    private final Scale scale;
    private final Path work;
    private final Path knowledge;
    private final Results results = new Results();

    /** BSBM's test driver's own default seed; each run adds to it. */
    private static final long BSBM_SEED = 808080;

    Benchmark(Scale scale, Path work, Path knowledge) {
        this.scale = scale;
        this.work = work;
        this.knowledge = knowledge;
    }

    public static void main(String[] args) throws Exception {
        Scale scale = args.length > 0 && args[0].equals("full") ? Scale.FULL : Scale.SMOKE;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/results").toAbsolutePath();
        Path work = Files.createTempDirectory("ias-bench");
        Benchmark benchmark = new Benchmark(scale, work, Path.of("").toAbsolutePath());
        try {
            benchmark.run();
        } finally {
            deleteQuietly(work);
        }
        String machine = machine();
        benchmark.results.write(out, machine);
        if (scale == Scale.FULL) updateReadme(Path.of("bench/README.md"), benchmark.results.table(machine));
        System.out.println("Results in " + out);
    }

    Results run() throws Exception {
        List<Double> medianBySize = new ArrayList<>();
        for (long size : scale.sizes()) {
            String label = label(size);
            Path data = work.resolve("synthetic-" + label + ".nq");
            long triples = SyntheticData.write(data, size);
            results.add("growth", "synthetic data", "-", label, 0, "triples", triples, "triples");

            Path ours = work.resolve("ours-" + label);
            double oursRate = loadOurs(data, ours, triples);
            double stockRate = loadWithTdbloader(data, work.resolve("tdbloader-" + label), triples);
            results.add("load", "bulk load", "ours", label, 0, "rate", oursRate, "triples/s");
            results.add("load", "bulk load", "tdbloader", label, 0, "rate", stockRate, "triples/s");
            results.ratio(
                    "bulk load rate, ours / tdb2.tdbloader, " + label,
                    oursRate / stockRate,
                    0.9,
                    true,
                    String.format(Locale.ROOT, "%,.0f vs %,.0f triples/s", oursRate, stockRate));
            syncKnowledge(ours);
            Path stockCopy = work.resolve("stock-" + label);
            copy(ours, stockCopy);

            coldStarts(ours, stockCopy, label, size == scale.mixSize());
            // The growth figure is about query plans: there ours answers with its result cache off.
            try (ServerProcess ourServer = ServerProcess.start(
                            ServerProcess.Kind.OURS,
                            ours,
                            knowledge,
                            work.resolve("ours-" + label + ".log"),
                            List.of("--ias.sparql.cached-rows=0"));
                    ServerProcess stockServer = ServerProcess.start(
                            ServerProcess.Kind.STOCK, stockCopy, knowledge, work.resolve("stock-" + label + ".log"))) {
                medianBySize.add(catalogueMedian(ourServer, label));
                recordMemory("peak resident memory", label, ourServer, stockServer);
            }
            if (size == scale.mixSize()) {
                // The mixes are about the product as served: ours with its result cache, as configured by default.
                try (ServerProcess ourServer = ServerProcess.start(
                                ServerProcess.Kind.OURS, ours, knowledge, work.resolve("ours-mix-" + label + ".log"));
                        ServerProcess stockServer = ServerProcess.start(
                                ServerProcess.Kind.STOCK,
                                stockCopy,
                                knowledge,
                                work.resolve("stock-mix-" + label + ".log"))) {
                    queryMix("catalogue", catalogueRequests(), ourServer.queryUrl(), stockServer.queryUrl(), label);
                    repeatReads(ourServer, label);
                    recordMemory("peak resident memory, query mix", label, ourServer, stockServer);
                }
            }
            deleteQuietly(ours);
            deleteQuietly(stockCopy);
            deleteQuietly(work.resolve("tdbloader-" + label));
            Files.deleteIfExists(data);
        }
        results.ratio(
                "catalogue median latency, "
                        + label(scale.sizes().get(scale.sizes().size() - 1)) + " / "
                        + label(scale.sizes().get(0)),
                medianBySize.get(medianBySize.size() - 1) / medianBySize.get(0),
                3.0,
                false,
                String.format(
                        Locale.ROOT,
                        "%.1f ms vs %.1f ms",
                        medianBySize.get(medianBySize.size() - 1),
                        medianBySize.get(0)));
        bsbm();
        return results;
    }

    /**
     * Cold start to the first SPARQL answer, each server started alone and stopped before the
     * other starts (ours answers before its site has finished starting, which would otherwise slow
     * a server started next to it), alternated, the median of each.
     */
    private void coldStarts(Path ours, Path stock, String label, boolean withRatio) throws Exception {
        List<Double> oursMillis = new ArrayList<>();
        List<Double> stockMillis = new ArrayList<>();
        for (int round = 0; round <= scale.alternations(); round++) {
            List<Double> ab = inTurn(
                    round,
                    () -> startAlone(ServerProcess.Kind.OURS, ours, "ours-start-" + label),
                    () -> startAlone(ServerProcess.Kind.STOCK, stock, "stock-start-" + label));
            oursMillis.add(ab.get(0));
            stockMillis.add(ab.get(1));
        }
        double a = median(oursMillis);
        double b = median(stockMillis);
        results.add("start", "cold start to first answer", "ours", label, 0, "median", a, "ms");
        results.add("start", "cold start to first answer", "stock", label, 0, "median", b, "ms");
        if (withRatio) {
            results.ratio(
                    "cold start, ours / stock Fuseki, " + label,
                    a / b,
                    1.5,
                    false,
                    String.format(Locale.ROOT, "%.0f vs %.0f ms, median of %d starts each", a, b, oursMillis.size()));
        }
    }

    private double startAlone(ServerProcess.Kind kind, Path store, String name) {
        try (ServerProcess server = ServerProcess.start(kind, store, knowledge, work.resolve(name + ".log"))) {
            return millis(server.startToFirstAnswer);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private void recordMemory(String scenario, String label, ServerProcess ours, ServerProcess stock) {
        results.add("memory", scenario, "ours", label, 0, "peak", ours.peakMemoryMiB(), "MiB");
        results.add("memory", scenario, "stock", label, 0, "peak", stock.peakMemoryMiB(), "MiB");
    }

    /** Our `load` command, in its own JVM as a user runs it. */
    private double loadOurs(Path data, Path store, long triples) {
        long start = System.nanoTime();
        run(List.of("org.w3id.iasante.IaSanteApplication", "load", "--store", store.toString(), data.toString()), work);
        return triples / ((System.nanoTime() - start) / 1e9);
    }

    /** Jena's own bulk loader, default settings, in its own JVM. */
    private double loadWithTdbloader(Path data, Path store, long triples) {
        long start = System.nanoTime();
        run(List.of("tdb2.tdbloader", "--loc", store.toString(), data.toString()), work);
        return triples / ((System.nanoTime() - start) / 1e9);
    }

    private void syncKnowledge(Path store) {
        try (EmbeddedStore opened = EmbeddedStore.open(store)) {
            Loader.into(opened).sync(KnowledgeLocation.directory(knowledge).allFiles());
        }
    }

    private List<LoadGenerator.Request> catalogueRequests() {
        List<LoadGenerator.Request> requests = new ArrayList<>();
        QueryCatalogue catalogue = QueryCatalogue.load(KnowledgeLocation.directory(knowledge));
        // The site's own queries too: its pages run them on every view.
        for (CatalogueQuery query : java.util.stream.Stream.concat(
                        catalogue.questions().stream(), catalogue.siteQueries().stream())
                .toList()) {
            requests.add(LoadGenerator.Request.query(query.name(), query.text(), query.role() == QueryRole.CONSTRUCT));
        }
        return requests;
    }

    /** The median, over the catalogue, of each question's median latency on our server. */
    private double catalogueMedian(ServerProcess server, String label) {
        List<Double> medians = new ArrayList<>();
        for (LoadGenerator.Request request : catalogueRequests()) {
            if (!LoadGenerator.send(server.queryUrl(), request)) {
                // A question that fails (its 120 s timeout, say) counts at that bound in the median.
                results.add("growth", request.name(), "ours", label, 1, "failed", 120_000, "ms");
                medians.add(120_000.0);
                continue;
            }
            double median = LoadGenerator.medianMillis(server.queryUrl(), request, scale.latencyRepeats());
            results.add("growth", request.name(), "ours", label, 1, "median", median, "ms");
            medians.add(median);
        }
        Collections.sort(medians);
        double median = medians.get(medians.size() / 2);
        results.add("growth", "catalogue (median of queries)", "ours", label, 1, "median", median, "ms");
        return median;
    }

    /** A measurement that may fail (a process, a file). */
    interface Measurement<T> {
        T take() throws Exception;
    }

    /**
     * One round of a side-by-side measurement: A then B on even rounds, B then A on odd ones, so
     * that going first (after a load, a start, a previous phase) favours neither. Returns [A, B].
     */
    static <T> List<T> inTurn(int round, Measurement<T> a, Measurement<T> b) throws Exception {
        if (round % 2 == 0) {
            T first = a.take();
            return List.of(first, b.take());
        }
        T first = b.take();
        return List.of(a.take(), first);
    }

    /** Ours and stock, alternated A/B then B/A at each client count. */
    private void queryMix(String mix, List<LoadGenerator.Request> requests, String ours, String stock, String label)
            throws Exception {
        for (LoadGenerator.Request request : requests) {
            LoadGenerator.send(ours, request);
            LoadGenerator.send(stock, request);
        }
        for (int clients : scale.clients()) {
            double oursTotal = 0;
            double stockTotal = 0;
            for (int round = 0; round < scale.alternations(); round++) {
                List<LoadGenerator.Stats> ab = inTurn(
                        round,
                        () -> LoadGenerator.run(ours, requests, clients, scale.runTime()),
                        () -> LoadGenerator.run(stock, requests, clients, scale.runTime()));
                LoadGenerator.Stats a = ab.get(0);
                LoadGenerator.Stats b = ab.get(1);
                record(mix, "ours", label, clients, a);
                record(mix, "stock", label, clients, b);
                oursTotal += a.perSecond();
                stockTotal += b.perSecond();
            }
            results.ratio(
                    mix + " mix throughput, ours / stock, " + clients + " client(s)",
                    oursTotal / stockTotal,
                    1.0,
                    true,
                    String.format(
                            Locale.ROOT,
                            "%.1f vs %.1f requests/s",
                            oursTotal / scale.alternations(),
                            stockTotal / scale.alternations()));
        }
    }

    private void record(String mix, String system, String label, int clients, LoadGenerator.Stats stats) {
        results.add("mix", mix, system, label, clients, "throughput", stats.perSecond(), "requests/s");
        results.add("mix", mix, system, label, clients, "p50", stats.p50Millis(), "ms");
        results.add("mix", mix, system, label, clients, "p99", stats.p99Millis(), "ms");
        if (stats.errors() > 0) results.add("mix", mix, system, label, clients, "errors", stats.errors(), "requests");
    }

    /** Our site with its HTTP caching, against nginx serving the very same bytes from disk. */
    private void repeatReads(ServerProcess ours, String label) throws Exception {
        List<String[]> pages = List.of(
                new String[] {"/doc/priority/regulation", "text/html"},
                new String[] {"/doc/priority/regulation.ttl", "text/turtle"},
                new String[] {"/api/queries/select-priorities", "application/json"});
        if (!Files.isExecutable(Path.of("/usr/sbin/nginx"))) {
            results.add("reads", "nginx not installed (bench/run installs it)", "-", label, 0, "skipped", 0, "-");
            return;
        }
        try (Nginx nginx = Nginx.serving(ours.siteUrl(), pages, work.resolve("nginx"))) {
            List<LoadGenerator.Request> oursRequests = new ArrayList<>();
            List<LoadGenerator.Request> nginxRequests = new ArrayList<>();
            for (String[] page : pages) {
                oursRequests.add(LoadGenerator.Request.get(page[0], ours.siteUrl() + page[0], page[1]));
                nginxRequests.add(LoadGenerator.Request.get(page[0], nginx.url() + page[0], page[1]));
            }
            int clients = scale.clients().get(scale.clients().size() / 2);
            double oursTotal = 0;
            double nginxTotal = 0;
            for (int round = 0; round < scale.alternations(); round++) {
                List<LoadGenerator.Stats> ab = inTurn(
                        round,
                        () -> LoadGenerator.run(null, oursRequests, clients, scale.runTime()),
                        () -> LoadGenerator.run(null, nginxRequests, clients, scale.runTime()));
                LoadGenerator.Stats a = ab.get(0);
                LoadGenerator.Stats b = ab.get(1);
                record("repeat reads", "ours", label, clients, a);
                record("repeat reads", "nginx", label, clients, b);
                oursTotal += a.perSecond();
                nginxTotal += b.perSecond();
            }
            results.ratio(
                    "repeat reads throughput, ours / nginx, " + clients + " clients",
                    oursTotal / nginxTotal,
                    0.5,
                    true,
                    String.format(
                            Locale.ROOT,
                            "%.0f vs %.0f requests/s",
                            oursTotal / scale.alternations(),
                            nginxTotal / scale.alternations()));
        }
    }

    /** BSBM's explore mix, its own generator and test driver, ours against stock on the same data. */
    private void bsbm() throws Exception {
        Path folder = Files.createDirectories(work.resolve("bsbm"));
        Bsbm.extractDriverFiles(folder);
        run(
                List.of(
                        "benchmark.generator.Generator",
                        "-pc",
                        Integer.toString(scale.bsbmProducts()),
                        "-s",
                        "nt",
                        "-fn",
                        "dataset",
                        "-dir",
                        "td_data"),
                folder);
        Path ours = folder.resolve("ours");
        run(
                List.of(
                        "org.w3id.iasante.IaSanteApplication",
                        "load",
                        "--store",
                        ours.toString(),
                        "--graph",
                        "http://example.org/bsbm",
                        folder.resolve("dataset.nt").toString()),
                folder);
        syncKnowledge(ours);
        Path stock = folder.resolve("stock");
        copy(ours, stock);
        String label = "bsbm-" + scale.bsbmProducts();
        try (ServerProcess ourServer =
                        ServerProcess.start(ServerProcess.Kind.OURS, ours, knowledge, folder.resolve("ours.log"));
                ServerProcess stockServer =
                        ServerProcess.start(ServerProcess.Kind.STOCK, stock, knowledge, folder.resolve("stock.log"))) {
            for (int clients : scale.clients()) {
                double oursTotal = 0;
                double stockTotal = 0;
                for (int round = 0; round < scale.alternations(); round++) {
                    // Both servers get the same questions in a round, and no round repeats another's:
                    // our result cache may help only where the mix itself repeats a question.
                    long seed = BSBM_SEED + 1000L * clients + round;
                    List<Double> ab = inTurn(
                            round,
                            () -> Bsbm.queryMixesPerHour(
                                    folder, ourServer.queryUrl(), clients, scale.bsbmRuns(), seed, this::run),
                            () -> Bsbm.queryMixesPerHour(
                                    folder, stockServer.queryUrl(), clients, scale.bsbmRuns(), seed, this::run));
                    double a = ab.get(0);
                    double b = ab.get(1);
                    results.add("bsbm", "explore mix", "ours", label, clients, "QMpH", a, "mixes/h");
                    results.add("bsbm", "explore mix", "stock", label, clients, "QMpH", b, "mixes/h");
                    oursTotal += a;
                    stockTotal += b;
                }
                results.ratio(
                        "BSBM explore QMpH, ours / stock, " + clients + " client(s)",
                        oursTotal / stockTotal,
                        1.0,
                        true,
                        String.format(
                                Locale.ROOT,
                                "%.0f vs %.0f query mixes/h",
                                oursTotal / scale.alternations(),
                                stockTotal / scale.alternations()));
            }
        }
    }

    /** Runs a main class of the test classpath in its own JVM, in {@code directory}, failing loudly. */
    void run(List<String> mainAndArgs, Path directory) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx4g",
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        try {
            Path log = Files.createTempFile(work, "run", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", mainAndArgs) + " failed:\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String label(long size) {
        return size >= 1_000_000 ? size / 1_000_000 + "M" : size >= 1_000 ? size / 1_000 + "k" : Long.toString(size);
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException | RuntimeException ignored) {
            // Not Linux: the CPU stays unknown.
        }
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %d GiB, Java %s, %s",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                totalMemoryGiB(),
                System.getProperty("java.version"),
                java.time.LocalDate.now());
    }

    private static long totalMemoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024)
                    .findFirst()
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static void updateReadme(Path readme, String table) throws IOException {
        String text = Files.readString(readme);
        String start = "<!-- results:start -->";
        String end = "<!-- results:end -->";
        if (!text.contains(start) || !text.contains(end)) return;
        Files.writeString(
                readme,
                text.substring(0, text.indexOf(start) + start.length()) + "\n" + table
                        + text.substring(text.indexOf(end)));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else if (!path.getFileName().toString().equals("tdb.lock"))
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteQuietly(Path folder) {
        org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
    }
}
