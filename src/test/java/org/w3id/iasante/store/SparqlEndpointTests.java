package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClients;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryBinder;
import org.w3id.iasante.support.ProbeServer;
import org.w3id.iasante.support.Rdf4jToJena;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.SparqlRequests;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/**
 * The running application's SPARQL endpoint, over HTTP, with two independent clients (Jena's
 * RDFConnection and RDF4J's SPARQLRepository) and plain HTTP for the protocol's edges.
 */
@TemporaryStoreApplicationTest(
        properties = {
            "ias.sparql.loopback-only=true",
            "ias.sparql.query-timeout=2s",
            "ias.sparql.max-rows=5000",
            "ias.sparql.update-user=editor",
            "ias.sparql.update-password=correct horse battery staple"
        })
class SparqlEndpointTests {

    private static final String SUMMARY_GRAPH = "https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07";
    private static final String EDITOR = "editor:correct horse battery staple";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    SparqlEndpoint endpoint;

    /** The researchers' questions and the site's own queries: the endpoint answers both. */
    static Stream<CatalogueQuery> questions() {
        var catalogue = RepositoryKnowledge.catalogue();
        return Stream.concat(catalogue.questions().stream(), catalogue.siteQueries().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyCatalogueQuestionAnswersThroughJenasRdfConnectionAsInProcess(CatalogueQuery question) {
        Query query = QueryBinder.parse(question);
        try (RDFConnection connection = RDFConnection.queryConnect(endpoint.queryUrl())) {
            switch (question.role()) {
                case SELECT ->
                    assertSameRows(
                            query,
                            RepositoryKnowledge.select(RepositoryKnowledge.dataset(), query),
                            RowSet.adapt(connection.query(query).execSelect()));
                case CONSTRUCT ->
                    assertThat(connection
                                    .queryConstruct(query)
                                    .getGraph()
                                    .isIsomorphicWith(
                                            RepositoryKnowledge.construct(RepositoryKnowledge.dataset(), query)))
                            .isTrue();
                case ASK ->
                    assertThat(connection.queryAsk(query))
                            .isEqualTo(RepositoryKnowledge.ask(RepositoryKnowledge.dataset(), query));
                case VIOLATION -> throw new IllegalStateException();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyCatalogueQuestionAnswersThroughRdf4jsSparqlRepositoryAsInProcess(CatalogueQuery question) {
        Query query = QueryBinder.parse(question);
        SPARQLRepository repository = rdf4j(endpoint.queryUrl());
        try (RepositoryConnection connection = repository.getConnection()) {
            switch (question.role()) {
                case SELECT -> {
                    try (TupleQueryResult result = connection
                            .prepareTupleQuery(QueryLanguage.SPARQL, question.text())
                            .evaluate()) {
                        assertSameRows(
                                query,
                                RepositoryKnowledge.select(RepositoryKnowledge.dataset(), query),
                                Rdf4jToJena.rows(result));
                    }
                }
                case CONSTRUCT -> {
                    Graph received = Rdf4jToJena.graph(connection
                            .prepareGraphQuery(QueryLanguage.SPARQL, question.text())
                            .evaluate());
                    assertThat(received.isIsomorphicWith(
                                    RepositoryKnowledge.construct(RepositoryKnowledge.dataset(), query)))
                            .isTrue();
                }
                case ASK ->
                    assertThat(connection
                                    .prepareBooleanQuery(QueryLanguage.SPARQL, question.text())
                                    .evaluate())
                            .isEqualTo(RepositoryKnowledge.ask(RepositoryKnowledge.dataset(), query));
                case VIOLATION -> throw new IllegalStateException();
            }
        } finally {
            repository.shutDown();
        }
    }

    @Test
    void anUpdateWithoutCredentialsIsRefusedWith401() throws Exception {
        HttpResponse<String> response = update(
                "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }",
                null);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anUpdateWithAWrongPasswordIsRefusedWith401() throws Exception {
        HttpResponse<String> response = update(
                "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }",
                "editor:wrong");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anUpdateWithCredentialsIsApplied() throws Exception {
        String graph = "http://example.org/scratch-" + System.nanoTime();
        HttpResponse<String> insert = update(
                "INSERT DATA { GRAPH <" + graph + "> { <http://example.org/s> <http://example.org/p> \"written\" } }",
                EDITOR);
        assertThat(insert.statusCode()).isBetween(200, 204);
        assertThat(query("SELECT ?o { GRAPH <" + graph + "> { ?s ?p ?o } }", "text/csv")
                        .body())
                .contains("written");
        assertThat(update("DROP GRAPH <" + graph + ">", EDITOR).statusCode()).isBetween(200, 204);
    }

    @Test
    void aQuestionAskedAgainAfterAWriteGetsTheNewAnswer() throws Exception {
        String graph = "http://example.org/scratch-" + System.nanoTime();
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }";
        assertThat(query(count, "text/csv").body()).isEqualTo("n\r\n0\r\n");
        assertThat(query(count, "text/csv").body()).isEqualTo("n\r\n0\r\n");

        update("INSERT DATA { GRAPH <" + graph + "> { <http://example.org/s> <http://example.org/p> 1 } }", EDITOR);
        assertThat(query(count, "text/csv").body()).isEqualTo("n\r\n1\r\n");

        update("DROP GRAPH <" + graph + ">", EDITOR);
        assertThat(query(count, "text/csv").body()).isEqualTo("n\r\n0\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "application/sparql-results+json",
                "application/sparql-results+xml",
                "text/csv",
                "text/tab-separated-values"
            })
    void aQuestionAskedAgainGetsTheSameBytesInEachResultFormat(String format) throws Exception {
        String priorities =
                RepositoryKnowledge.catalogue().get("select-priorities").text();
        HttpResponse<String> first = query(priorities, format);
        HttpResponse<String> again = query(priorities, format);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(again.body()).isEqualTo(first.body()).contains("1");
    }

    @Test
    void thePublicQueryEndpointAcceptsNoUpdate() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.queryUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))
                .timeout(Duration.ofSeconds(30))
                .build();
        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isBetween(400, 499);
        assertThat(query("ASK { GRAPH <" + SUMMARY_GRAPH + "> { ?s ?p ?o } }", "application/sparql-results+json")
                        .body())
                .contains("true");
    }

    @Test
    void aGraphStoreWriteWithoutCredentialsIsRefusedWith401() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(endpoint.datasetUrl() + "/data?graph=" + encode(SUMMARY_GRAPH)))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(""))
                .timeout(Duration.ofSeconds(30))
                .build();
        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
        assertThat(query("ASK { GRAPH <" + SUMMARY_GRAPH + "> { ?s ?p ?o } }", "application/sparql-results+json")
                        .body())
                .contains("true");
    }

    @Test
    void theGraphStoreProtocolReadsANamedGraph() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(endpoint.datasetUrl() + "/get?graph=" + encode(SUMMARY_GRAPH)))
                .header("Accept", "text/turtle")
                .GET()
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(response.body()).contains("Régulation");
    }

    @Test
    void aServiceClauseIsRefusedAndTheServerCallsNobody() throws Exception {
        try (ProbeServer probe = new ProbeServer()) {
            HttpResponse<String> response = query(
                    "SELECT * { SERVICE <" + probe.url("/sparql") + "> { ?s ?p ?o } }",
                    "application/sparql-results+json");
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(response.body()).containsIgnoringCase("SERVICE");
            assertThat(probe.requests()).isZero();
        }
    }

    @Test
    void anUploadedJsonLdDocumentCannotMakeTheServerFetchItsContext() throws Exception {
        try (ProbeServer probe = new ProbeServer()) {
            String document = "{\"@context\": \"" + probe.url("/context.jsonld")
                    + "\", \"@id\": \"http://example.org/x\", \"name\": \"y\"}";
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(endpoint.datasetUrl() + "/data?graph=" + encode("http://example.org/jsonld")))
                    .header("Content-Type", "application/ld+json")
                    .header("Authorization", SparqlRequests.basic(EDITOR))
                    .PUT(HttpRequest.BodyPublishers.ofString(document))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(probe.requests()).isZero();
        }
    }

    @Test
    void aQueryOverTheTimeoutEndsInBoundedTimeWhileAnotherClientIsServed() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slowResponse = HTTP.sendAsync(
                queryRequest(slow, "application/sparql-results+json"), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> quick = query(
                "SELECT ?p { ?p <http://www.w3.org/2004/02/skos/core#inScheme> <https://w3id.org/ia-sante/id/scheme/priorites> }",
                "text/csv");
        HttpResponse<String> timedOut = slowResponse.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(quick.body().lines()).hasSize(5);
        assertThat(timedOut.statusCode()).isEqualTo(503);
        assertThat(timedOut.body()).containsIgnoringCase("timed out");
        assertThat(elapsed).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aResultOverTheRowCapIsRefusedWithAMessageInsteadOfTruncated() throws Exception {
        HttpResponse<String> response = query("SELECT * { ?s ?p ?o }", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(BoundedQuery.TOO_LARGE);
        assertThat(response.body()).contains("more than 5000 rows", "LIMIT");
        assertThat(query("SELECT * { ?s ?p ?o } LIMIT 5000", "text/csv").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aMalformedQueryAnswers400WithTheParsersLineAndColumn() throws Exception {
        HttpResponse<String> response = query("SELECT ?s WHERE { ?s ?p }", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("line 1, column");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "application/sparql-results+json, SELECT",
        "application/sparql-results+xml, SELECT",
        "text/csv, SELECT",
        "text/tab-separated-values, SELECT",
        "text/turtle, CONSTRUCT",
        "application/ld+json, CONSTRUCT",
        "application/rdf+xml, CONSTRUCT",
        "application/n-triples, CONSTRUCT"
    })
    void everyProtocolResultFormatIsServed(String mediaType, String kind) throws Exception {
        String query = kind.equals("SELECT")
                ? "SELECT ?p ?l { ?p a <https://w3id.org/ia-sante/def#Priority> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
                : "CONSTRUCT WHERE { ?p a <https://w3id.org/ia-sante/def#Priority> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }";
        HttpResponse<String> response = query(query, mediaType);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        assertThat(response.body()).contains("https://w3id.org/ia-sante/id/priority/regulation");
    }

    @Test
    void corsLetsAnyOriginQueryWithGetAndPostAndNothingElse() throws Exception {
        HttpResponse<String> get = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint.queryUrl() + "?query=" + encode("ASK {}")))
                        .header("Origin", "https://yasgui.example")
                        .GET()
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isPresent();

        assertThat(preflight("POST").headers().firstValue("Access-Control-Allow-Origin"))
                .isPresent();
        assertThat(preflight("PUT").headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(preflight("DELETE").headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private HttpResponse<String> preflight(String method) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint.queryUrl()))
                        .header("Origin", "https://yasgui.example")
                        .header("Access-Control-Request-Method", method)
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSameRows(Query query, RowSet expected, RowSet actual) {
        ResultSet want = ResultSetFactory.makeRewindable(ResultSet.adapt(expected));
        ResultSet got = ResultSetFactory.makeRewindable(ResultSet.adapt(actual));
        boolean same = query.hasOrderBy()
                ? ResultSetCompare.equalsByTermAndOrder(want, got)
                : ResultSetCompare.equalsByTerm(want, got);
        assertThat(same).as("same rows over HTTP as in-process").isTrue();
    }

    private HttpResponse<String> query(String sparql, String accept) throws Exception {
        return HTTP.send(queryRequest(sparql, accept), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest queryRequest(String sparql, String accept) {
        return SparqlRequests.query(endpoint.queryUrl(), sparql, accept);
    }

    private HttpResponse<String> update(String sparql, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql))
                .timeout(Duration.ofSeconds(30));
        if (credentials != null) request.header("Authorization", SparqlRequests.basic(credentials));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static SPARQLRepository rdf4j(String url) {
        SPARQLRepository repository = new SPARQLRepository(url);
        // A read timeout, so a hung server fails the test instead of hanging the build.
        repository.setHttpClient(HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(5_000)
                        .setSocketTimeout(60_000)
                        .build())
                .build());
        repository.init();
        return repository;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
