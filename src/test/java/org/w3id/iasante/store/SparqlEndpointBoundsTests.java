package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.iasante.support.ProbeServer;
import org.w3id.iasante.support.SparqlRequests;
import org.w3id.iasante.support.TestEndpoint;

/**
 * Every step of a request to the endpoint is bounded: parsing, planning, evaluating and writing,
 * whatever the query; and every refusal is a 4xx whose message says what to change, with no
 * class name or stack trace. The endpoint runs here with a 1 s timeout, a 1 MB answer cap and
 * 2 000 triples.
 */
class SparqlEndpointBoundsTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** What a bounded request may take beyond its timeout on a loaded 2-core machine. */
    private static final Duration MARGIN = Duration.ofMillis(1500);

    private static final String EDITOR = TestEndpoint.EDITOR;
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
                                NodeFactory.createURI("http://example.org/graph"),
                                NodeFactory.createURI("http://example.org/s" + i),
                                NodeFactory.createURI("http://example.org/p"),
                                NodeFactory.createLiteralString("value " + i + " of a test literal long enough"));
            }
        });
        endpoint = SparqlEndpoint.start(
                store,
                TestEndpoint.writable(Map.of(
                        "query-timeout", TIMEOUT.toMillis() + "ms",
                        "max-rows", "1000",
                        "cached-rows", "0",
                        "max-result-size", "1MB")));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void aRegexThatBacktracksForeverEndsAtTheTimeoutAndLeavesOtherQueriesTheirs() throws Exception {
        // Java's regex engine needs minutes for this; Jena runs it while planning, holding a lock.
        String regex = "ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"(.*a){30}\")) }";
        String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> regexAnswer = queryAsync(regex);
        Thread.sleep(200);
        long crossStart = System.nanoTime();
        CompletableFuture<HttpResponse<String>> crossAnswer = queryAsync(cross);
        Thread.sleep(200);

        long trivialStart = System.nanoTime();
        HttpResponse<String> trivial = query("ASK {}");
        Duration trivialTook = since(trivialStart);
        HttpResponse<String> regexResponse = regexAnswer.get();
        Duration regexTook = since(start);
        HttpResponse<String> crossResponse = crossAnswer.get();
        Duration crossTook = since(crossStart);

        assertThat(trivial.statusCode()).isEqualTo(200);
        assertThat(trivialTook).isLessThan(Duration.ofMillis(500));
        assertThat(regexResponse.statusCode()).isEqualTo(503);
        assertThat(regexResponse.body()).contains("Query timed out");
        assertThat(regexTook).isLessThan(TIMEOUT.plus(MARGIN));
        assertThat(crossResponse.statusCode()).isEqualTo(503);
        assertThat(crossTook).isLessThan(TIMEOUT.plus(MARGIN));
    }

    @Test
    void aNotExistsThatRejectsEveryRowUnderDistinctAndOrderByEndsAtTheTimeout() throws Exception {
        // The shape of the catalogue's source comparisons: each NOT EXISTS is a join of its own that
        // finds nothing, under UNION, DISTINCT and ORDER BY (one such question was seen running past
        // its limit in a benchmark run on a million triples).
        String query = """
                SELECT DISTINCT ?s WHERE {
                  { ?s ?p ?o
                    FILTER NOT EXISTS { ?a ?b ?c . ?d ?e ?f
                                        FILTER (CONCAT(STR(?c), STR(?f)) = CONCAT(STR(?o), "none")) } }
                  UNION { ?s ?p ?o FILTER NOT EXISTS { ?s ?p ?o } }
                } ORDER BY ?s""";
        long start = System.nanoTime();
        HttpResponse<String> response = query(query);
        Duration took = since(start);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Query timed out");
        assertThat(took).isLessThan(TIMEOUT.plus(MARGIN));
    }

    @Test
    void regularExpressionFunctionsStillAnswerAsSparqlSays() throws Exception {
        HttpResponse<String> response = query("""
                PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
                PREFIX apf: <http://jena.apache.org/ARQ/property#>
                SELECT ?replaced ?matches ?fnReplaced ?fnMatches ?part {
                  BIND(REPLACE("banana", "a(n)", "o$1") AS ?replaced)
                  BIND(REGEX("Banana", "^b", "i") AS ?matches)
                  BIND(fn:replace("abc", "b", "x") AS ?fnReplaced)
                  BIND(fn:matches("abc", "c$") AS ?fnMatches)
                  ?part apf:strSplit ("x,y" ",")
                } ORDER BY ?part""", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("replaced,matches,fnReplaced,fnMatches,part\r\n"
                        + "bonona,true,axc,true,x\r\nbonona,true,axc,true,y\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/turtle",
        "application/ld+json"
    })
    void anAnswerOverTheByteCapIsRefusedWith422AndTheReason(String format) throws Exception {
        // One row, or one triple: 30 subjects × 2 000 values, about 2.3 MB.
        String concatenated = "SELECT (GROUP_CONCAT(STR(?o)) AS ?x) WHERE {{SELECT ?a {?a ?b ?c} LIMIT 30} ?d ?e ?o}";
        HttpResponse<String> response = query(
                format.contains("sparql-results")
                        ? concatenated
                        : "CONSTRUCT { <http://example.org/all> <http://example.org/values> ?x } WHERE {{"
                                + concatenated + "}}",
                format);

        assertThat(response.statusCode()).isEqualTo(BoundedQuery.TOO_LARGE);
        assertThat(response.body()).contains("larger than 1048576 bytes", "LIMIT");
        assertPlainMessage(response.body());
    }

    @Test
    void anAnswerUnderTheByteCapIsSentWholeWithItsLength() throws Exception {
        HttpResponse<String> response = query("SELECT ?o { ?s ?p ?o } LIMIT 1000", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines()).hasSize(1001);
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aQueryOverTheSizeLimitIsRefusedWith413BeforeItIsParsed() throws Exception {
        // A 1 MB literal took seconds to parse (quadratic in Jena's tokenizer), and then answered 200.
        String query = "ASK { FILTER(STRLEN(\"" + "a".repeat(1 << 20) + "\") > 0) }";
        long start = System.nanoTime();
        HttpResponse<String> posted = query(query);
        Duration took = since(start);
        HttpResponse<String> asForm = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint.queryUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query)))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(413);
        assertThat(posted.body()).contains("longer than 262144 bytes");
        assertPlainMessage(posted.body());
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(asForm.statusCode()).isEqualTo(413);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2000 nested sub-selects", "10000-term UNION", "20000 ||", "50000 +", "20000-step path"})
    void aQueryNestedTooDeeplyIsRefusedWith400BeforeEvaluation(String shape) throws Exception {
        String query = switch (shape) {
            case "2000 nested sub-selects" ->
                "SELECT * " + "{ SELECT * ".repeat(2000) + "{ ?s ?p ?o }" + " }".repeat(2000);
            case "10000-term UNION" -> "SELECT * { {?s ?p 0}" + " UNION {}".repeat(9999) + " }";
            case "20000 ||" -> "ASK { FILTER(false" + "||false".repeat(20000) + ") }";
            case "50000 +" -> "SELECT (0" + "+1".repeat(50000) + " AS ?x) {}";
            case "20000-step path" -> "PREFIX : <http://example.org/> SELECT * { ?s :p" + "/:p".repeat(19999) + " ?o }";
            default -> throw new IllegalArgumentException(shape);
        };
        HttpResponse<String> response = query(query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("query too deeply nested (limit 500)");
        assertPlainMessage(response.body());
    }

    @Test
    void exponentiallyNestedExistsAreRefusedWith400() throws Exception {
        // Jena plans nested EXISTS in exponential time: 30 levels would plan for minutes.
        HttpResponse<String> response =
                query("ASK { " + "FILTER EXISTS { ".repeat(30) + "?s ?p ?o" + " }".repeat(30) + " }");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("query too deeply nested (limit 8 EXISTS");
    }

    @Test
    void longInListsAreRefusedOrAnswerWithinTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> hundredThousand = query(inList(100_000));
        Duration refusedIn = since(start);
        HttpResponse<String> twentyThousand = query(inList(20_000));
        start = System.nanoTime();
        HttpResponse<String> nineThousand = query(inList(9_000));
        Duration answeredIn = since(start);

        assertThat(hundredThousand.statusCode()).isBetween(400, 499);
        assertThat(refusedIn).isLessThan(Duration.ofSeconds(1));
        assertThat(twentyThousand.statusCode()).isEqualTo(400);
        assertThat(twentyThousand.body()).contains("20000 terms (limit 10000", "VALUES");
        assertThat(nineThousand.statusCode()).isIn(200, 503);
        assertThat(answeredIn).isLessThan(TIMEOUT.plus(MARGIN));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /sparql?query=ASK%7B%7D", "POST, /update", "GET, /get?default"})
    void malformedBasicCredentialsAre401(String method, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + path))
                        .header("Authorization", "Basic !!!")
                        .header("Content-Type", "application/sparql-update")
                        .method(
                                method,
                                method.equals("GET")
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).contains("base64 encoding of user:password");
        assertPlainMessage(response.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text/turtle|PUT|<a> <http://example.org/p> <http://example.org/o> .",
                "application/n-triples|PUT|<a> <http://example.org/p> <http://example.org/o> .",
                "application/n-quads|POST|<a> <http://example.org/p> <http://example.org/o> <http://example.org/g> .",
                "application/rdf+xml|PUT|<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                        + "<rdf:Description rdf:about='a'><rdf:value>1</rdf:value></rdf:Description></rdf:RDF>",
                "application/ld+json|PUT|{\"@id\": \"a\", \"http://example.org/p\": 1}"
            })
    void aGraphStoreWriteWithARelativeIriIsRefusedWith400AndWritesNothing(
            String contentType, String method, String body) throws Exception {
        String graph = "http://example.org/upload-" + System.nanoTime();
        String target = method.equals("PUT") ? "/data?graph=" + encode(graph) : "/data";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + target))
                        .header("Content-Type", contentType)
                        .header("Authorization", SparqlRequests.basic(EDITOR))
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("relative IRI <a>", "absolute");
        assertPlainMessage(response.body());
        assertThat(query("ASK { ?s ?p ?o FILTER(CONTAINS(STR(?s), \"/a\")) }", "text/csv")
                        .body())
                .contains("false");
    }

    @Test
    void aGraphStorePostThatCreatesAGraphIs201WithItsLocationAndOneThatAddsIs200Without() throws Exception {
        String graph = "http://example.org/posted-" + System.nanoTime();
        HttpRequest post = HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + "/data?graph=" + encode(graph)))
                .header("Content-Type", "application/n-triples")
                .header("Authorization", SparqlRequests.basic(EDITOR))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "<http://example.org/x> <http://example.org/p> <http://example.org/o> .\n"))
                .timeout(Duration.ofSeconds(30))
                .build();

        HttpResponse<String> created = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> added = HTTP.send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/ia-sante/data?graph=" + encode(graph));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aGraphStoreWriteWithAbsoluteIrisIsStored() throws Exception {
        String graph = "http://example.org/upload-" + System.nanoTime();
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + "/data?graph=" + encode(graph)))
                        .header("Content-Type", "text/turtle")
                        .header("Authorization", SparqlRequests.basic(EDITOR))
                        .PUT(HttpRequest.BodyPublishers.ofString("@base <http://example.org/> . <x> <p> <o> ."))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/ia-sante/data?graph=" + encode(graph));
        assertThat(query("ASK { GRAPH <" + graph + "> { <http://example.org/x> ?p ?o } }", "text/csv")
                        .body())
                .contains("true");
    }

    @Test
    void anUpdateWithARelativeIriIsRefusedWith400() throws Exception {
        HttpResponse<String> response =
                update("INSERT DATA { GRAPH <http://example.org/g> { <a> <http://example.org/p> 1 } }", "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("relative IRI <a>");
        assertPlainMessage(response.body());
    }

    /** Security issue, item 7: LOAD made a loopback probe receive the request and read local files. */
    @Test
    void loadIsRefusedWith400AndTheServerFetchesNothingNeitherALoopbackUrlNorAFile(@TempDir Path files)
            throws Exception {
        Path local =
                Files.writeString(files.resolve("local.nt"), "<http://example.org/s> <http://example.org/p> 1 .\n");
        try (ProbeServer probe = new ProbeServer()) {
            HttpResponse<String> remote = update("LOAD <" + probe.url("/x.ttl") + ">", "");
            HttpResponse<String> file = update("LOAD <" + local.toUri() + "> INTO GRAPH <urn:ias:loaded>", "");

            for (HttpResponse<String> response : List.of(remote, file)) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
                assertThat(response.body()).contains("LOAD is not allowed", "/data");
                assertPlainMessage(response.body());
            }
            assertThat(probe.requests())
                    .as("requests the loopback probe received")
                    .isZero();
        }
        assertThat(query("ASK { GRAPH <urn:ias:loaded> { ?s ?p ?o } }", "text/csv")
                        .body())
                .contains("false");
    }

    @Test
    void anUpdateSentByGetToTheQueryEndpointIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint.queryUrl() + "?update=CLEAR%20ALL"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("POST", "/update");
        assertThat(query("ASK { ?s ?p ?o }", "text/csv").body()).contains("true");
    }

    @Test
    void anUpdateWithUsingGraphUriAndUsingIsRefusedWith400() throws Exception {
        HttpResponse<String> response = update(
                "INSERT { GRAPH <http://example.org/g> { ?s <http://example.org/copy> ?o } }"
                        + " USING <http://example.org/graph> WHERE { ?s ?p ?o }",
                "?using-graph-uri=" + encode("http://example.org/other"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("using-graph-uri", "USING");
        assertPlainMessage(response.body());
    }

    private static String inList(int terms) {
        return "SELECT ?o { ?s ?p ?o FILTER(?o IN ("
                + IntStream.range(0, terms).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + ")) }";
    }

    /** An error body a user reads: no exception class, stack frame or file path of the server. */
    private static void assertPlainMessage(String body) {
        assertThat(body).doesNotContain("Exception", "java.", "\tat ", "org.apache", "org.eclipse", folder.toString());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return query(sparql, "application/sparql-results+json");
    }

    private static HttpResponse<String> query(String sparql, String accept) throws Exception {
        return HTTP.send(queryRequest(sparql, accept), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<HttpResponse<String>> queryAsync(String sparql) {
        return HTTP.sendAsync(
                queryRequest(sparql, "application/sparql-results+json"), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest queryRequest(String sparql, String accept) {
        return SparqlRequests.query(endpoint.queryUrl(), sparql, accept);
    }

    private static HttpResponse<String> update(String sparql, String parameters) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + "/update" + parameters))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", SparqlRequests.basic(EDITOR))
                        .POST(HttpRequest.BodyPublishers.ofString(sparql))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
