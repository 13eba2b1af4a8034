package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.support.SparqlRequests;
import org.w3id.iasante.support.TestEndpoint;

/**
 * Backup and compaction while the endpoint serves: by the editor over HTTP, and by the store itself
 * after a number of writes. Answers stay complete and fresh across a compaction (the data version,
 * and so every cached answer, follows the new generation).
 */
class LiveMaintenanceTests {

    private static final String EDITOR = TestEndpoint.EDITOR_USER;
    private static final String PASSWORD = TestEndpoint.EDITOR_PASSWORD;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    private EmbeddedStore store;
    private SparqlEndpoint endpoint;

    @BeforeEach
    void serve() {
        store = EmbeddedStore.open(folder.resolve("store"));
        endpoint = SparqlEndpoint.start(store, TestEndpoint.writable(Map.of()));
    }

    @AfterEach
    void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void anEditorCompactsTheStoreLiveAndAnswersStayCompleteAndFresh() throws Exception {
        for (int i = 0; i < 5; i++) put("urn:test:g" + i, "<urn:test:s> <urn:test:p> \"" + i + "\" .");
        assertThat(count()).isEqualTo(5);

        HttpResponse<String> compacted = post(MaintenanceServlet.COMPACT, EDITOR, PASSWORD);

        assertThat(compacted.statusCode()).isEqualTo(200);
        assertThat(compacted.body()).contains("\"before\":\"Data-0001\"").contains("\"after\":\"Data-0002\"");
        assertThat(generations()).containsExactly("Data-0002");
        assertThat(count()).as("the same answer after the switch").isEqualTo(5);
        put("urn:test:g5", "<urn:test:s> <urn:test:p> \"5\" .");
        assertThat(count()).as("a write after the switch is seen at once").isEqualTo(6);
        assertThat(store.writesSinceCompaction()).isEqualTo(1);
    }

    @Test
    void anEditorBacksUpTheServedStoreAndTheBackupHoldsEveryQuad() throws Exception {
        for (int i = 0; i < 3; i++) put("urn:test:g" + i, "<urn:test:s> <urn:test:p> \"" + i + "\" .");

        HttpResponse<String> backedUp = post(MaintenanceServlet.BACKUP, EDITOR, PASSWORD);

        assertThat(backedUp.statusCode()).isEqualTo(200);
        assertThat(backedUp.body())
                .as("the file's name, never the store's folder")
                .doesNotContain(folder.toString())
                .contains("\"folder\":\"Backups\"");
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder.resolve("store/Backups"))) {
            backups = files.toList();
        }
        assertThat(backups)
                .singleElement()
                .satisfies(file ->
                        assertThat(backedUp.body()).contains(file.getFileName().toString()));
        DatasetGraph restored = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backups.get(0)))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(restored);
        }
        assertThat(restored.stream().count())
                .isEqualTo(Txn.calculateRead(
                        store.dataset(), () -> store.dataset().stream().count()))
                .isEqualTo(3);
    }

    @Test
    void maintenanceIsForTheEditorOnlyAndByPostOnly() throws Exception {
        for (String path : List.of(MaintenanceServlet.BACKUP, MaintenanceServlet.COMPACT)) {
            assertThat(post(path, null, null).statusCode())
                    .as("%s, no credentials", path)
                    .isEqualTo(401);
            assertThat(post(path, EDITOR, "wrong").statusCode())
                    .as("%s, a wrong password", path)
                    .isEqualTo(401);
            HttpResponse<String> get = send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", SparqlRequests.basic(EDITOR + ":" + PASSWORD)));
            assertThat(get.statusCode()).as("%s, GET", path).isEqualTo(405);
            assertThat(get.headers().firstValue("Allow")).contains("POST");
        }
        assertThat(generations()).as("nothing was compacted").containsExactly("Data-0001");
        assertThat(folder.resolve("store/Backups")).doesNotExist();
    }

    @Test
    void theStoreCompactsItselfOnceTheConfiguredNumberOfWritesHaveCommitted() throws Exception {
        CompactionSchedule schedule =
                new CompactionSchedule(store, new StoreProperties(folder.resolve("store"), 3, Duration.ofMillis(20)));
        schedule.start();
        try {
            put("urn:test:g0", "<urn:test:s> <urn:test:p> \"0\" .");
            put("urn:test:g1", "<urn:test:s> <urn:test:p> \"1\" .");
            schedule.compactIfDue();
            assertThat(generations()).as("two writes of three: not yet").containsExactly("Data-0001");
            put("urn:test:g2", "<urn:test:s> <urn:test:p> \"2\" .");
            long waited = System.nanoTime();
            while (!generations().equals(List.of("Data-0002"))
                    && System.nanoTime() - waited < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(20);
            }
            assertThat(generations()).containsExactly("Data-0002");
            assertThat(count()).isEqualTo(3);
        } finally {
            schedule.stop();
        }
    }

    @Test
    void aStoreInMemoryServesNoMaintenance() {
        try (EmbeddedStore memory = EmbeddedStore.inMemory(new KnowledgeBase(List.of(), List.of()), Duration.ZERO)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(memory::compact)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("nothing to compact");
        }
    }

    private long count() throws IOException, InterruptedException {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(
                        endpoint.queryUrl() + "?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv"));
        assertThat(answer.statusCode()).isEqualTo(200);
        return Long.parseLong(
                answer.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private void put(String graph, String ntriples) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + "/data?graph="
                        + java.net.URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Authorization", SparqlRequests.basic(EDITOR + ":" + PASSWORD))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(ntriples)));
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 204);
    }

    private HttpResponse<String> post(String path, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
        if (user != null) request.header("Authorization", SparqlRequests.basic(user + ":" + password));
        return send(request);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + endpoint.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> entries = Files.list(folder.resolve("store"))) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("Data-\\d+"))
                    .sorted()
                    .toList();
        }
    }
}
