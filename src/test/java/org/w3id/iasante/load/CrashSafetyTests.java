package org.w3id.iasante.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.store.EmbeddedStore;

/**
 * A write the product acknowledged survives a kill -9 of its process, and no write is ever seen in
 * part: a {@link CrashWriter} in a JVM of its own writes whole graphs through {@link Loader} and is
 * killed after a random number of them, then the store is reopened here and read, and the next
 * writer goes on in the same folder, so each round also recovers from the previous recovery.
 * {@code -Dias.crash.rounds=200} runs more rounds, {@code -Dias.crash.seed=} other kill points.
 */
class CrashSafetyTests {

    private static final int ROUNDS = Integer.getInteger("ias.crash.rounds", 20);
    private static final long SEED = Long.getLong("ias.crash.seed", 20261205L);
    /** Writes acknowledged in a round, at most; at least one. */
    private static final int MOST_ACKS = 4;
    /** Triples of the bulk load: seconds of loading here, so that the kill lands in it. */
    private static final int BULK_TRIPLES = 10_000;

    @TempDir
    static Path scratch;

    private static WriterLaunch launch;

    @TempDir
    Path temp;

    @BeforeAll
    static void prepareTheWriters() throws Exception {
        launch = WriterLaunch.prepare(scratch);
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNoWriteIsEverPartlyThere() throws Exception {
        // Two stores killed side by side: a round is mostly a JVM starting, and the machine has two cores.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> rounds(temp.resolve("first"), new Random(SEED), ROUNDS / 2));
            Future<Long> second =
                    pool.submit(() -> rounds(temp.resolve("second"), new Random(SEED + 1), ROUNDS - ROUNDS / 2));
            assertThat(first.get() + second.get())
                    .as("writes acknowledged in all")
                    .isGreaterThanOrEqualTo(ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKillDuringABulkLoadLeavesTheStoreAsBeforeTheLoadOrAsAfterItNeverAMix() throws Exception {
        Path folder = temp.resolve("store");
        Path file = temp.resolve("bulk.nt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < BULK_TRIPLES; i++) {
                out.write("<urn:crash:bulk/s" + i + "> <urn:crash:value> \"bulk value " + i + "\" .\n");
            }
        }
        // Into an empty store the loader fills the quads table, then each other index in turn, saying
        // "GSPO->GPOS" and so on as it starts one: killed there, the nodes and the quads are written,
        // some indexes are whole and others partly, and nothing is committed. (Into a store with data,
        // it says nothing before its millionth quad, so there is no point to kill it at.)
        int phase = 1 + new Random(SEED).nextInt(4);
        List<String> said = new ArrayList<>();
        try (WriterProcess writer =
                WriterProcess.start(launch, temp.resolve("bulk.err"), "bulk", folder.toString(), file.toString())) {
            for (int started = 0; started < phase; ) {
                String line = writer.nextLine();
                said.add(line);
                if (line.startsWith("LOADER GSPO->")) started++;
                if (line.equals("LOADED")) break;
            }
            writer.kill();
        }

        assertThat(said).as("killed before the load ended").doesNotContain("LOADED");
        assertThat(bulkTriples(folder)).as("the bulk graph after the kill").isIn(0L, (long) BULK_TRIPLES);
        try (EmbeddedStore store = EmbeddedStore.open(folder)) {
            Loader.into(store)
                    .load(List.of(file), CrashWriter.BULK_GRAPH, new PrintStream(OutputStream.nullOutputStream()));
        }
        assertThat(bulkTriples(folder)).as("the bulk graph loaded again").isEqualTo(BULK_TRIPLES);
    }

    /**
     * The bulk graph's triples, counted through two indexes (by graph and subject, by predicate),
     * which must agree: one half built would not.
     */
    private static long bulkTriples(Path folder) {
        try (EmbeddedStore store = EmbeddedStore.open(folder)) {
            DatasetGraph dataset = store.dataset();
            return Txn.calculateRead(dataset, () -> {
                Graph bulk = dataset.getGraph(NodeFactory.createURI(CrashWriter.BULK_GRAPH));
                long bySubject = bulk.size();
                long byPredicate = dataset.stream(
                                Node.ANY, Node.ANY, NodeFactory.createURI("urn:crash:value"), Node.ANY)
                        .filter(quad -> quad.getGraph().getURI().equals(CrashWriter.BULK_GRAPH))
                        .count();
                assertThat(byPredicate).as("counted by predicate").isEqualTo(bySubject);
                return bySubject;
            });
        }
    }

    /**
     * {@code count} rounds of writes and kills in {@code folder}, each checked; returns how many
     * writes were acknowledged.
     */
    private long rounds(Path folder, Random random, int count) throws Exception {
        long next = 1;
        long acknowledged = 0;
        for (int round = 1; round <= count; round++) {
            int acks = 1 + random.nextInt(MOST_ACKS);
            long last = next - 1;
            try (WriterProcess writer = WriterProcess.start(
                    launch,
                    folder.resolveSibling(folder.getFileName() + ".err"),
                    "graphs",
                    folder.toString(),
                    "" + next)) {
                for (int seen = 0; seen < acks; ) {
                    String line = writer.nextLine();
                    if (line.startsWith("ACK ")) {
                        last = Long.parseLong(line.substring(4));
                        seen++;
                    }
                }
                // The writer is already in its next write (tens of ms here): the kill lands anywhere in it.
                Thread.sleep(random.nextInt(50));
                writer.kill();
            }
            TreeSet<Long> present = checkedWrites(folder);
            assertThat(present)
                    .as("round %d in %s: every acknowledged write is there", round, folder.getFileName())
                    .containsAll(LongStream.rangeClosed(next, last).boxed().toList());
            acknowledged += last - next + 1;
            next = present.last() + 1;
        }
        return acknowledged;
    }

    /**
     * Opens the store and returns the writes it holds, each checked whole: all its triples, its
     * count triple, and its load-state record, which the same transaction wrote.
     */
    private static TreeSet<Long> checkedWrites(Path folder) {
        try (EmbeddedStore store = EmbeddedStore.open(folder)) {
            DatasetGraph dataset = store.dataset();
            return Txn.calculateRead(dataset, () -> {
                Map<String, LoadedFile> recorded = LoadState.read(dataset).values().stream()
                        .collect(Collectors.toMap(LoadedFile::graphName, Function.identity()));
                TreeSet<Long> present = new TreeSet<>();
                dataset.listGraphNodes().forEachRemaining(node -> {
                    String name = node.getURI();
                    if (!name.startsWith("urn:crash:")) return;
                    Graph graph = dataset.getGraph(node);
                    assertThat(graph.size()).as("%s, whole or absent", name).isEqualTo(CrashWriter.TRIPLES);
                    assertThat(graph.contains(
                                    node,
                                    NodeFactory.createURI(CrashWriter.COUNT),
                                    NodeFactory.createLiteralDT(
                                            Integer.toString(CrashWriter.TRIPLES), XSDDatatype.XSDinteger)))
                            .as("%s says how many triples it has", name)
                            .isTrue();
                    assertThat(recorded.get(name))
                            .as("the load state of %s", name)
                            .isNotNull()
                            .extracting(LoadedFile::triples)
                            .isEqualTo((long) CrashWriter.TRIPLES);
                    present.add(Long.parseLong(name.substring("urn:crash:".length())));
                });
                assertThat(recorded.keySet().stream().filter(name -> name.startsWith("urn:crash:")))
                        .as("no load-state record without its graph")
                        .hasSize(present.size());
                return present;
            });
        }
    }
}
