package org.w3id.iasante.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryCatalogue;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.store.EmbeddedStore;

/**
 * The side-by-side benchmark (see bench/README.md): every figure is a ratio of ours against the
 * reference a user would otherwise pick, measured in one run on the same machine, in rounds that
 * alternate the two (A then B, then B then A) so that drift in a shared machine touches both and
 * going first favours neither. Each ratio is the median of its rounds' ratios, with their range.
 *
 * <pre>
 * java … org.w3id.iasante.bench.Benchmark full                   every phase, results in bench/results
 * java … org.w3id.iasante.bench.Benchmark trial PHASE [ROUNDS]   one phase alone, in target/bench-trial-PHASE
 * java … org.w3id.iasante.bench.Benchmark smoke                  the tiny in-process run of the tests
 * </pre>
 */
public final class Benchmark {

    /** What a run can measure; a trial runs one alone. */
    enum Phase {
        LOAD,
        START,
        GROWTH,
        MIX,
        READS,
        BSBM;

        static Phase named(String name) {
            return Arrays.stream(values())
                    .filter(p -> p.id().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No phase " + name + "; one of "
                            + Arrays.toString(values()).toLowerCase(Locale.ROOT)));
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How big and how long; {@code rounds} alternated rounds per side-by-side point. */
    record Scale(
            String name,
            List<Long> sizes,
            long mixSize,
            int bsbmProducts,
            Duration runTime,
            List<Integer> clients,
            int rounds,
            int latencyRepeats,
            int bsbmRuns,
            int questionStride) {

        Scale {
            if (rounds < 1) throw new IllegalArgumentException("At least one round per point, not " + rounds);
            if (questionStride < 1)
                throw new IllegalArgumentException("A question stride of at least 1, not " + questionStride);
            if (!sizes.isEmpty() && !sizes.contains(mixSize))
                throw new IllegalArgumentException("The mix size " + mixSize + " is not one of " + sizes);
        }

        /**
         * One round of everything at a few thousand triples, with every eighth question: proves the
         * harness runs, not the figures (QueryCatalogueTests runs every question).
         */
        static final Scale SMOKE =
                new Scale("smoke", List.of(4_000L), 4_000L, 10, Duration.ofMillis(200), List.of(2), 1, 1, 2, 8);

        static final Scale FULL = new Scale(
                "full",
                List.of(100_000L, 1_000_000L, 10_000_000L),
                1_000_000L,
                2785,
                Duration.ofSeconds(5),
                List.of(1, 4, 16),
                5,
                5,
                12,
                1);

        /** {@code phase} alone, at the sizes it needs, with {@code rounds} rounds per point. */
        Scale trial(Phase phase, int rounds) {
            List<Long> trialSizes = switch (phase) {
                case GROWTH -> List.of(sizes.get(0), sizes.get(sizes.size() - 1));
                case BSBM -> List.of();
                default -> List.of(mixSize);
            };
            return new Scale(
                    "trial-" + phase.id(),
                    trialSizes,
                    trialSizes.isEmpty() || trialSizes.contains(mixSize) ? mixSize : trialSizes.get(0),
                    bsbmProducts,
                    runTime,
                    clients,
                    rounds,
                    latencyRepeats,
                    bsbmRuns,
                    questionStride);
        }
    }

    /** More rounds than the full run's: a trial is for a ratio's spread as much as its median. */
    static final int TRIAL_ROUNDS = 9;

    /** BSBM's test driver's own default seed; each round adds to it. */
    private static final long BSBM_SEED = 808080;

    private final Scale scale;
    private final Set<Phase> phases;
    private final Launcher launcher;
    private final Path work;
    private final Path knowledge;
    private final Results results = new Results();
    private final long created = System.nanoTime();

    Benchmark(Scale scale, Set<Phase> phases, Launcher launcher, Path work, Path knowledge) {
        this.scale = scale;
        this.phases = phases;
        this.launcher = launcher;
        this.work = work;
        this.knowledge = knowledge;
    }

    /** The smoke run of the tests: every phase at {@link Scale#SMOKE}, every server and tool in this JVM. */
    static Benchmark smoke(Path work, Path knowledge) {
        return new Benchmark(Scale.SMOKE, EnumSet.allOf(Phase.class), Launcher.inProcess(knowledge), work, knowledge);
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "full";
        Path knowledge = Path.of("").toAbsolutePath();
        Path work = Files.createTempDirectory("ias-bench");
        Benchmark benchmark;
        Path out;
        switch (mode) {
            case "full" -> {
                benchmark = new Benchmark(
                        Scale.FULL, EnumSet.allOf(Phase.class), Launcher.processes(knowledge, work), work, knowledge);
                out = Path.of("bench/results");
            }
            case "trial" -> {
                if (args.length < 2)
                    throw new IllegalArgumentException("trial needs a phase: "
                            + Arrays.toString(Phase.values()).toLowerCase(Locale.ROOT));
                Phase phase = Phase.named(args[1]);
                int rounds = args.length > 2 ? Integer.parseInt(args[2]) : TRIAL_ROUNDS;
                benchmark = new Benchmark(
                        Scale.FULL.trial(phase, rounds),
                        EnumSet.of(phase),
                        Launcher.processes(knowledge, work),
                        work,
                        knowledge);
                out = Path.of("target/bench-trial-" + phase.id());
            }
            case "smoke" -> {
                benchmark = smoke(work, knowledge);
                out = Path.of("target/bench-smoke");
            }
            default -> throw new IllegalArgumentException("Mode full, trial PHASE [ROUNDS] or smoke, not " + mode);
        }
        long start = System.nanoTime();
        try {
            benchmark.run();
        } finally {
            deleteQuietly(work);
        }
        String machine = machine();
        benchmark.results.write(out.toAbsolutePath(), machine);
        if (mode.equals("full")) updateReadme(Path.of("bench/README.md"), benchmark.results.table(machine));
        System.out.print(benchmark.results.table(machine));
        System.out.printf(
                Locale.ROOT,
                "%s run took %.1f min; results in %s%n",
                benchmark.scale.name(),
                (System.nanoTime() - start) / 6e10,
                out.toAbsolutePath());
        System.exit(0); // the in-process smoke run leaves Jena's and Spring's threads behind
    }

    /** Where the run is, and since when: the log a full run's duration is estimated from. */
    private void progress(String step) {
        System.out.printf(Locale.ROOT, "== %6.1f s  %s%n", (System.nanoTime() - created) / 1e9, step);
    }

    Results run() throws Exception {
        List<Spread> catalogueMedians = new ArrayList<>();
        List<List<Double>> catalogueRounds = new ArrayList<>();
        progress("the repository's knowledge, into the store every load starts from");
        Path knowledgeStore = work.resolve("knowledge-store");
        syncKnowledge(knowledgeStore);
        for (long size : scale.sizes()) {
            String label = label(size);
            progress("data and load, " + label);
            Path data = work.resolve("synthetic-" + label + ".nq");
            long triples = SyntheticData.write(data, size);
            results.add("growth", "synthetic data", "-", label, 0, "triples", triples, "triples");

            Path ours = work.resolve("ours-" + label);
            if (phases.contains(Phase.LOAD)) loads(data, knowledgeStore, ours, triples, label);
            else {
                copy(knowledgeStore, ours);
                launcher.run(Launch.load(ours, null, data), work);
            }
            Path stockCopy = work.resolve("stock-" + label);
            copy(ours, stockCopy);

            if (phases.contains(Phase.START) && size == scale.mixSize()) {
                progress("cold starts, " + label);
                coldStarts(ours, stockCopy, label);
            }
            if (phases.contains(Phase.GROWTH)) {
                progress("catalogue latency, " + label);
                // The growth figure is about query plans: there ours answers with its result cache off.
                try (Server ourServer = launcher.start(
                                Server.Kind.OURS,
                                ours,
                                work.resolve("ours-" + label + ".log"),
                                List.of("--ias.sparql.cached-rows=0"));
                        Server stockServer = launcher.start(
                                Server.Kind.STOCK, stockCopy, work.resolve("stock-" + label + ".log"), List.of())) {
                    List<Double> rounds = catalogueMedians(ourServer, label);
                    catalogueRounds.add(rounds);
                    catalogueMedians.add(Spread.of(rounds));
                    recordMemory("peak resident memory", label, ourServer, stockServer);
                }
            }
            if ((phases.contains(Phase.MIX) || phases.contains(Phase.READS)) && size == scale.mixSize()) {
                progress("query mix and repeat reads, " + label);
                // The mixes are about the product as served: ours with its result cache, as configured by default.
                try (Server ourServer = launcher.start(
                                Server.Kind.OURS, ours, work.resolve("ours-mix-" + label + ".log"), List.of());
                        Server stockServer = launcher.start(
                                Server.Kind.STOCK, stockCopy, work.resolve("stock-mix-" + label + ".log"), List.of())) {
                    if (phases.contains(Phase.MIX))
                        queryMix("catalogue", catalogueRequests(), ourServer.queryUrl(), stockServer.queryUrl(), label);
                    if (phases.contains(Phase.READS)) repeatReads(ourServer, label);
                    recordMemory("peak resident memory, query mix", label, ourServer, stockServer);
                }
            }
            deleteQuietly(ours);
            deleteQuietly(stockCopy);
            Files.deleteIfExists(data);
        }
        if (phases.contains(Phase.GROWTH)) growthRatio(catalogueMedians, catalogueRounds);
        if (phases.contains(Phase.BSBM)) {
            progress("BSBM");
            bsbm();
        }
        progress("done");
        return results;
    }

    /**
     * Our {@code load} command, into a copy of a store that holds the repository's knowledge (as a
     * user's store does; its sync, seconds long, then happens once per run instead of once per
     * store), against Jena's {@code tdb2.tdbloader} into an empty folder, in alternated rounds;
     * ours's last store is kept for the phases after.
     */
    private void loads(Path data, Path knowledgeStore, Path ours, long triples, String label) throws Exception {
        List<Double> oursRates = new ArrayList<>();
        List<Double> stockRates = new ArrayList<>();
        for (int round = 0; round < scale.rounds(); round++) {
            deleteQuietly(ours);
            copy(knowledgeStore, ours);
            // A new folder each round: a tool run in this JVM (smoke) leaves its database cached by location.
            Path stock = work.resolve("tdbloader-" + label + "-" + round);
            List<Double> ab = inTurn(
                    round,
                    () -> loadRate(Launch.load(ours, null, data), triples),
                    () -> loadRate(Launch.tdbloader(stock, data), triples));
            deleteQuietly(stock);
            results.add("load", "bulk load", "ours", label, 0, "rate", ab.get(0), "triples/s");
            results.add("load", "bulk load", "tdbloader", label, 0, "rate", ab.get(1), "triples/s");
            oursRates.add(ab.get(0));
            stockRates.add(ab.get(1));
        }
        Spread a = Spread.of(oursRates);
        Spread b = Spread.of(stockRates);
        results.add("load", "bulk load", "ours", label, 0, "rate", a, "triples/s");
        results.add("load", "bulk load", "tdbloader", label, 0, "rate", b, "triples/s");
        results.ratio(
                "bulk load rate, ours / tdb2.tdbloader, " + label,
                Spread.ofRatios(oursRates, stockRates),
                Target.atLeast(0.9),
                String.format(
                        Locale.ROOT,
                        "%,.0f vs %,.0f triples/s, medians of %d rounds",
                        a.median(),
                        b.median(),
                        a.rounds()));
    }

    private double loadRate(List<String> command, long triples) {
        long start = System.nanoTime();
        launcher.run(command, work);
        return triples / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Cold start to the first SPARQL answer, each server started alone and stopped before the
     * other starts (ours answers before its site has finished starting, which would otherwise slow
     * a server started next to it), in alternated rounds.
     */
    private void coldStarts(Path ours, Path stock, String label) throws Exception {
        List<Double> oursMillis = new ArrayList<>();
        List<Double> stockMillis = new ArrayList<>();
        for (int round = 0; round < scale.rounds(); round++) {
            List<Double> ab = inTurn(
                    round,
                    () -> startAlone(Server.Kind.OURS, ours, "ours-start-" + label),
                    () -> startAlone(Server.Kind.STOCK, stock, "stock-start-" + label));
            results.add("start", "cold start to first answer", "ours", label, 0, "time", ab.get(0), "ms");
            results.add("start", "cold start to first answer", "stock", label, 0, "time", ab.get(1), "ms");
            oursMillis.add(ab.get(0));
            stockMillis.add(ab.get(1));
        }
        Spread a = Spread.of(oursMillis);
        Spread b = Spread.of(stockMillis);
        results.add("start", "cold start to first answer", "ours", label, 0, "time", a, "ms");
        results.add("start", "cold start to first answer", "stock", label, 0, "time", b, "ms");
        results.ratio(
                "cold start, ours / stock Fuseki, " + label,
                Spread.ofRatios(oursMillis, stockMillis),
                Target.atMost(1.5),
                String.format(
                        Locale.ROOT, "%.0f vs %.0f ms, medians of %d starts each", a.median(), b.median(), a.rounds()));
    }

    private double startAlone(Server.Kind kind, Path store, String name) {
        try (Server server = launcher.start(kind, store, work.resolve(name + ".log"), List.of())) {
            return millis(server.startToFirstAnswer());
        }
    }

    private void recordMemory(String scenario, String label, Server ours, Server stock) {
        results.add("memory", scenario, "ours", label, 0, "peak", ours.peakMemoryMiB(), "MiB");
        results.add("memory", scenario, "stock", label, 0, "peak", stock.peakMemoryMiB(), "MiB");
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
        List<CatalogueQuery> queries = java.util.stream.Stream.concat(
                        catalogue.questions().stream(), catalogue.siteQueries().stream())
                .toList();
        for (int i = 0; i < queries.size(); i += scale.questionStride()) {
            CatalogueQuery query = queries.get(i);
            requests.add(LoadGenerator.Request.query(query.name(), query.text(), query.role() == QueryRole.CONSTRUCT));
        }
        return requests;
    }

    /**
     * The catalogue's median latency on our server, once per round: the median, over the
     * catalogue, of each question's median latency.
     */
    private List<Double> catalogueMedians(Server server, String label) {
        List<LoadGenerator.Request> requests = catalogueRequests();
        List<LoadGenerator.Request> answered = new ArrayList<>();
        for (LoadGenerator.Request request : requests) {
            if (LoadGenerator.send(server.queryUrl(), request)) answered.add(request);
            // A question that fails (its 120 s timeout, say) counts at that bound in the median.
            else results.add("growth", request.name(), "ours", label, 1, "failed", 120_000, "ms");
        }
        List<Double> rounds = new ArrayList<>();
        for (int round = 0; round < scale.rounds(); round++) {
            List<Double> medians = new ArrayList<>();
            for (LoadGenerator.Request request : requests) {
                if (!answered.contains(request)) {
                    medians.add(120_000.0);
                    continue;
                }
                double median = LoadGenerator.medianMillis(server.queryUrl(), request, scale.latencyRepeats());
                if (round == 0) results.add("growth", request.name(), "ours", label, 1, "median", median, "ms");
                medians.add(median);
            }
            double median = Spread.of(medians).median();
            results.add("growth", "catalogue (median of queries)", "ours", label, 1, "median", median, "ms");
            rounds.add(median);
        }
        results.add("growth", "catalogue (median of queries)", "ours", label, 1, "median", Spread.of(rounds), "ms");
        return rounds;
    }

    /** Latency at the largest size over latency at the smallest, round by round. */
    private void growthRatio(List<Spread> medians, List<List<Double>> rounds) {
        String largest = label(scale.sizes().get(scale.sizes().size() - 1));
        String smallest = label(scale.sizes().get(0));
        results.ratio(
                "catalogue median latency, " + largest + " / " + smallest,
                Spread.ofRatios(rounds.get(rounds.size() - 1), rounds.get(0)),
                Target.atMost(3.0),
                String.format(
                        Locale.ROOT,
                        "%.1f ms vs %.1f ms, medians of %d rounds",
                        medians.get(medians.size() - 1).median(),
                        medians.get(0).median(),
                        scale.rounds()));
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

    /** Ours and stock, in alternated rounds at each client count. */
    private void queryMix(String mix, List<LoadGenerator.Request> requests, String ours, String stock, String label)
            throws Exception {
        for (LoadGenerator.Request request : requests) {
            LoadGenerator.send(ours, request);
            LoadGenerator.send(stock, request);
        }
        for (int clients : scale.clients()) {
            sideBySide(
                    mix,
                    "stock",
                    label,
                    clients,
                    () -> LoadGenerator.run(ours, requests, clients, scale.runTime()),
                    () -> LoadGenerator.run(stock, requests, clients, scale.runTime()),
                    mix + " mix throughput, ours / stock, " + clients + " client(s)",
                    Target.atLeast(1.0),
                    "%.1f vs %.1f requests/s");
        }
    }

    /** Rounds of two load runs, their figures, and the ratio of their throughputs. */
    private void sideBySide(
            String mix,
            String reference,
            String label,
            int clients,
            Measurement<LoadGenerator.Stats> ours,
            Measurement<LoadGenerator.Stats> theirs,
            String ratio,
            Target target,
            String detail)
            throws Exception {
        List<Double> oursRates = new ArrayList<>();
        List<Double> theirRates = new ArrayList<>();
        for (int round = 0; round < scale.rounds(); round++) {
            List<LoadGenerator.Stats> ab = inTurn(round, ours, theirs);
            record(mix, "ours", label, clients, ab.get(0));
            record(mix, reference, label, clients, ab.get(1));
            oursRates.add(ab.get(0).perSecond());
            theirRates.add(ab.get(1).perSecond());
        }
        Spread a = Spread.of(oursRates);
        Spread b = Spread.of(theirRates);
        results.add("mix", mix, "ours", label, clients, "throughput", a, "requests/s");
        results.add("mix", mix, reference, label, clients, "throughput", b, "requests/s");
        results.ratio(
                ratio,
                Spread.ofRatios(oursRates, theirRates),
                target,
                String.format(Locale.ROOT, detail + ", medians of %d rounds", a.median(), b.median(), a.rounds()));
    }

    private void record(String mix, String system, String label, int clients, LoadGenerator.Stats stats) {
        results.add("mix", mix, system, label, clients, "throughput", stats.perSecond(), "requests/s");
        results.add("mix", mix, system, label, clients, "p50", stats.p50Millis(), "ms");
        results.add("mix", mix, system, label, clients, "p99", stats.p99Millis(), "ms");
        if (stats.errors() > 0) results.add("mix", mix, system, label, clients, "errors", stats.errors(), "requests");
    }

    /** Our site with its HTTP caching, against nginx serving the very same bytes from disk. */
    private void repeatReads(Server ours, String label) throws Exception {
        List<String[]> pages = List.of(
                new String[] {"/doc/priority/regulation", "text/html"},
                new String[] {"/doc/priority/regulation.ttl", "text/turtle"},
                new String[] {"/api/queries/select-priorities", "application/json"});
        if (!Nginx.installed()) {
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
            sideBySide(
                    "repeat reads",
                    "nginx",
                    label,
                    clients,
                    () -> LoadGenerator.run(null, oursRequests, clients, scale.runTime()),
                    () -> LoadGenerator.run(null, nginxRequests, clients, scale.runTime()),
                    "repeat reads throughput, ours / nginx, " + clients + " clients",
                    Target.atLeast(0.5),
                    "%.0f vs %.0f requests/s");
        }
    }

    /** BSBM's explore mix, its own generator and test driver, ours against stock on the same data. */
    private void bsbm() throws Exception {
        Path folder = Files.createDirectories(work.resolve("bsbm"));
        Bsbm.extractDriverFiles(folder);
        launcher.run(
                List.of(
                        "benchmark.generator.Generator",
                        "-pc",
                        Integer.toString(scale.bsbmProducts()),
                        "-s",
                        "nt",
                        "-fn",
                        folder.resolve("dataset").toString(),
                        "-dir",
                        folder.resolve("td_data").toString()),
                folder);
        Path ours = folder.resolve("ours");
        copy(work.resolve("knowledge-store"), ours);
        launcher.run(Launch.load(ours, "http://example.org/bsbm", folder.resolve("dataset.nt")), folder);
        Path stock = folder.resolve("stock");
        copy(ours, stock);
        String label = "bsbm-" + scale.bsbmProducts();
        try (Server ourServer = launcher.start(Server.Kind.OURS, ours, folder.resolve("ours.log"), List.of());
                Server stockServer = launcher.start(Server.Kind.STOCK, stock, folder.resolve("stock.log"), List.of())) {
            for (int clients : scale.clients()) {
                List<Double> oursMixes = new ArrayList<>();
                List<Double> stockMixes = new ArrayList<>();
                for (int round = 0; round < scale.rounds(); round++) {
                    // Both servers get the same questions in a round, and no round repeats another's:
                    // our result cache may help only where the mix itself repeats a question.
                    long seed = BSBM_SEED + 1000L * clients + round;
                    List<Double> ab = inTurn(
                            round,
                            () -> Bsbm.queryMixesPerHour(
                                    folder, ourServer.queryUrl(), clients, scale.bsbmRuns(), seed, launcher::run),
                            () -> Bsbm.queryMixesPerHour(
                                    folder, stockServer.queryUrl(), clients, scale.bsbmRuns(), seed, launcher::run));
                    results.add("bsbm", "explore mix", "ours", label, clients, "QMpH", ab.get(0), "mixes/h");
                    results.add("bsbm", "explore mix", "stock", label, clients, "QMpH", ab.get(1), "mixes/h");
                    oursMixes.add(ab.get(0));
                    stockMixes.add(ab.get(1));
                }
                Spread a = Spread.of(oursMixes);
                Spread b = Spread.of(stockMixes);
                results.add("bsbm", "explore mix", "ours", label, clients, "QMpH", a, "mixes/h");
                results.add("bsbm", "explore mix", "stock", label, clients, "QMpH", b, "mixes/h");
                results.ratio(
                        "BSBM explore QMpH, ours / stock, " + clients + " client(s)",
                        Spread.ofRatios(oursMixes, stockMixes),
                        Target.atLeast(1.0),
                        String.format(
                                Locale.ROOT,
                                "%.0f vs %.0f query mixes/h, medians of %d rounds",
                                a.median(),
                                b.median(),
                                a.rounds()));
            }
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
