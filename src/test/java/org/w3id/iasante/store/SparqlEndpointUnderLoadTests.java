package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.support.SparqlRequests;
import org.w3id.iasante.support.TestEndpoint;

/**
 * The endpoint under many clients at once, over HTTP: readers each see one committed snapshot while
 * a writer writes, and a client's trivial query is not held up behind other clients' heavy ones.
 */
class SparqlEndpointUnderLoadTests {

    private static final String EDITOR = TestEndpoint.EDITOR;
    private static final int READERS = 16;
    private static final int WRITES = 20;
    /** The heavy queries' time limit: longer than the trivial queries measured while they run. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Both graphs' sizes in one query, i.e. in one read transaction. */
    private static final String BOTH_COUNTS = """
            SELECT ?a ?b {
              { SELECT (COUNT(*) AS ?a) { GRAPH <urn:snapshot:a> { ?s ?p ?o } } }
              { SELECT (COUNT(*) AS ?b) { GRAPH <urn:snapshot:b> { ?s ?p ?o } } }
            }""";
    /** 2 000³ rows to count: runs until the time limit. */
    private static final String HEAVY =
            "SELECT (COUNT(*) AS ?n) { GRAPH <urn:load:data> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }";

    /** A trivial query, a new text each time so that no cached answer stands in for evaluating it. */
    private static final AtomicLong TRIVIAL = new AtomicLong();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path folder;

    static EmbeddedStore store;
    static SparqlEndpoint endpoint;

    @BeforeAll
    static void start() {
        store = EmbeddedStore.open(folder);
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < 2_000; i++) {
                store.dataset()
                        .add(
                                NodeFactory.createURI("urn:load:data"),
                                NodeFactory.createURI("urn:load:s" + i),
                                NodeFactory.createURI("urn:load:p"),
                                NodeFactory.createLiteralString("value " + i));
            }
        });
        endpoint =
                SparqlEndpoint.start(store, TestEndpoint.writable(Map.of("query-timeout", TIMEOUT.toMillis() + "ms")));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void sixteenReadersEachSeeOneCommittedSnapshotWhileAWriterWritesAndNoRequestFails() throws Exception {
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        try {
            List<Future<List<Long>>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) readers.add(pool.submit(() -> read(writing, errors)));
            Future<?> writer = pool.submit(() -> {
                try {
                    for (long i = 1; i <= WRITES; i++) write(i, errors);
                } finally {
                    writing.set(false);
                }
                return null;
            });
            writer.get();
            List<Long> seen = new ArrayList<>();
            for (Future<List<Long>> reader : readers) seen.addAll(reader.get());

            assertThat(errors).as("errors and torn snapshots").isEmpty();
            assertThat(seen).as("answers").hasSizeGreaterThan(READERS * 3);
            // Readers ran during the writes, not only before or after them.
            assertThat(seen.stream().distinct().filter(n -> n > 0 && n < WRITES))
                    .hasSizeGreaterThan(WRITES / 10);
            assertThat(answer(BOTH_COUNTS)).isEqualTo(new long[] {WRITES, WRITES});
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClientsTrivialQueryStaysFastWhileFourHeavyQueriesRun() throws Exception {
        for (int i = 0; i < 5; i++) trivial(); // warm up the path
        long alone = medianMillis(10);

        List<CompletableFuture<HttpResponse<String>>> heavy = LongStream.range(0, 4)
                .mapToObj(i -> HTTP.sendAsync(queryRequest(HEAVY, "text/csv"), HttpResponse.BodyHandlers.ofString()))
                .toList();
        Thread.sleep(300); // until all four are evaluating
        long during = medianMillis(10);
        boolean heavyStillRunning = heavy.stream().noneMatch(CompletableFuture::isDone);

        assertThat(heavyStillRunning)
                .as("the four heavy queries ran throughout")
                .isTrue();
        // A ratio, not a time: the machine's speed and its other work cancel out.
        assertThat(during).as("median ms alone: %d", alone).isLessThanOrEqualTo(5 * alone + 200);
        for (CompletableFuture<HttpResponse<String>> response : heavy) {
            assertThat(response.get().statusCode())
                    .as("a heavy query ends at the time limit")
                    .isEqualTo(503);
        }
    }

    /** Reads both counts until the writer is done, recording any answer where they differ. */
    private static List<Long> read(AtomicBoolean writing, Queue<String> errors) {
        List<Long> seen = new ArrayList<>();
        long last = 0;
        while (writing.get() || seen.size() < 3) {
            try {
                long[] counts = answer(BOTH_COUNTS);
                if (counts[0] != counts[1]) errors.add("torn snapshot: " + counts[0] + " and " + counts[1]);
                if (counts[0] < last) errors.add("went back in time: " + last + " then " + counts[0]);
                last = counts[0];
                seen.add(counts[0]);
            } catch (Exception | AssertionError e) {
                errors.add("reader: " + e);
            }
        }
        return seen;
    }

    /** Write i: one triple into each graph, in one update, so both always hold as many. */
    private static void write(long i, Queue<String> errors) {
        String update = "INSERT DATA { GRAPH <urn:snapshot:a> { <urn:snapshot:" + i + "> <urn:snapshot:n> " + i
                + " } GRAPH <urn:snapshot:b> { <urn:snapshot:" + i + "> <urn:snapshot:n> " + i + " } }";
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + "/update"))
                            .header("Content-Type", "application/sparql-update")
                            .header("Authorization", SparqlRequests.basic(EDITOR))
                            .POST(HttpRequest.BodyPublishers.ofString(update))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 204) {
                errors.add("write " + i + ": " + response.statusCode() + " " + response.body());
            }
        } catch (Exception e) {
            errors.add("write " + i + ": " + e);
        }
    }

    /** The two counts of {@link #BOTH_COUNTS}'s one row, read from its CSV. */
    private static long[] answer(String query) throws Exception {
        HttpResponse<String> response =
                HTTP.send(queryRequest(query, "text/csv"), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String[] row = response.body().lines().skip(1).findFirst().orElseThrow().split(",");
        return new long[] {Long.parseLong(row[0].strip()), Long.parseLong(row[1].strip())};
    }

    private static long medianMillis(int times) throws Exception {
        long[] took = new long[times];
        for (int i = 0; i < times; i++) took[i] = trivial();
        java.util.Arrays.sort(took);
        return took[times / 2];
    }

    /** How long the trivial query took, in ms. */
    private static long trivial() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(
                queryRequest(
                        "ASK { <urn:trivial:" + TRIVIAL.incrementAndGet() + "> ?p ?o }",
                        "application/sparql-results+json"),
                HttpResponse.BodyHandlers.ofString());
        long took = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(200);
        return took;
    }

    private static HttpRequest queryRequest(String sparql, String accept) {
        return SparqlRequests.query(endpoint.queryUrl(), sparql, accept);
    }
}
