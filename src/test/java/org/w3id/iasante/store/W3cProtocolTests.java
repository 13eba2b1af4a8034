package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.support.SparqlRequests;
import org.w3id.iasante.support.TestEndpoint;

/**
 * The W3C SPARQL 1.1 Protocol test cases ({@code sparql11/protocol/manifest.ttl}) and Graph Store
 * Protocol cases ({@code sparql11/graph-store-protocol/manifest-indirect.ttl}) of
 * w3c/rdf-tests, written here against our endpoint, each test named after its case. The
 * manifest's one {@code /sparql/} path is ours split in three: queries on {@code /sparql}, updates
 * on {@code /update} and Graph Store writes on {@code /data} (both with the editor's credentials),
 * Graph Store reads on {@code /get}. Where we deliberately differ (docs/endpoint.md), the test
 * asserts what we do and says why.
 */
class W3cProtocolTests {

    private static final String KASEI = "http://kasei.us/2009/09/sparql/data/";
    private static final String FOAF_DOCUMENT = "http://xmlns.com/foaf/0.1/Document";
    private static final String PERSON_1 = "http://www.example/gsp/person/1.ttl";
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
        endpoint = SparqlEndpoint.start(store, TestEndpoint.writable(Map.of("cached-rows", "0")));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        store.close();
    }

    /** The manifest's ut:graphData: data1, data2 and data3.nt, each a graph named after its .rdf, and nothing else. */
    @BeforeEach
    void loadTheManifestsData() {
        Txn.executeWrite(store.dataset(), () -> {
            store.dataset().clear();
            for (String name : new String[] {"data1", "data2", "data3"}) {
                var document = NodeFactory.createURI(KASEI + name + ".rdf");
                store.dataset().add(document, document, RDF.type.asNode(), NodeFactory.createURI(FOAF_DOCUMENT));
            }
        });
    }

    // --- SPARQL 1.1 Protocol: queries ---

    @Test
    void queryPostForm() throws Exception {
        assertAskTrue(send(
                "POST",
                "/sparql?default-graph-uri=" + encode(KASEI + "data0.rdf"),
                "application/x-www-form-urlencoded",
                "query=ASK%20%7B%7D",
                false));
    }

    @Test
    void queryGet() throws Exception {
        assertAskTrue(get("/sparql?query=" + encode("ASK {}") + "&default-graph-uri=" + encode(KASEI + "data0.rdf")));
    }

    @Test
    void queryPostDirect() throws Exception {
        assertAskTrue(send("POST", "/sparql", "application/sparql-query", "ASK {}", false));
    }

    @Test
    void queryDatasetDefaultGraphsGet() throws Exception {
        assertAskTrue(get("/sparql?query=" + encode(BOTH_DOCUMENTS) + defaultGraphs("data1", "data2")));
    }

    @Test
    void queryDatasetDefaultGraphsPost() throws Exception {
        assertAskTrue(send(
                "POST",
                "/sparql?" + defaultGraphs("data1", "data2").substring(1),
                "application/sparql-query",
                BOTH_DOCUMENTS,
                false));
    }

    @Test
    void queryDatasetNamedGraphsPost() throws Exception {
        assertAskTrue(send(
                "POST",
                "/sparql?" + namedGraphs("data1", "data2").substring(1),
                "application/sparql-query",
                BOTH_IN_GRAPHS,
                false));
    }

    @Test
    void queryDatasetNamedGraphsGet() throws Exception {
        assertAskTrue(get("/sparql?query=" + encode(BOTH_IN_GRAPHS) + namedGraphs("data1", "data2")));
    }

    @Test
    void queryDatasetFull() throws Exception {
        String query = "ASK { <" + KASEI + "data3.rdf> a ?type " + "GRAPH ?g1 { <" + KASEI
                + "data1.rdf> a ?type } GRAPH ?g2 { <" + KASEI + "data2.rdf> a ?type } }";
        assertAskTrue(send(
                "POST",
                "/sparql?" + defaultGraphs("data3").substring(1) + namedGraphs("data1", "data2"),
                "application/sparql-query",
                query,
                false));
    }

    /** The protocol's dataset wins over the query's FROM: with data3 alone as default graph, there are no named graphs. */
    @Test
    void queryMultipleDataset() throws Exception {
        assertAskTrue(send(
                "POST",
                "/sparql?" + namedGraphs("data1", "data2").substring(1),
                "application/sparql-query",
                "ASK FROM <" + KASEI + "data3.rdf> " + BOTH_IN_GRAPHS.substring(4),
                false));
    }

    @Test
    void queryContentTypeSelect() throws Exception {
        assertContentType(
                send("POST", "/sparql", "application/sparql-query", "SELECT (1 AS ?value) {}", false),
                "application/sparql-results+xml",
                "application/sparql-results+json",
                "text/csv",
                "text/tab-separated-values");
    }

    @Test
    void queryContentTypeAsk() throws Exception {
        assertContentType(
                send("POST", "/sparql", "application/sparql-query", "ASK {}", false),
                "application/sparql-results+xml",
                "application/sparql-results+json");
    }

    @Test
    void queryContentTypeDescribe() throws Exception {
        assertContentType(
                send("POST", "/sparql", "application/sparql-query", "DESCRIBE <http://example.org/>", false),
                "application/rdf+xml",
                "text/turtle",
                "application/n-triples");
    }

    @Test
    void queryContentTypeConstruct() throws Exception {
        assertContentType(
                send("POST", "/sparql", "application/sparql-query", "CONSTRUCT { <s> <p> 1 } WHERE {}", false),
                "application/rdf+xml",
                "text/turtle",
                "application/n-triples");
    }

    @Test
    void badQueryMethod() throws Exception {
        assertClientError(
                send("PUT", "/sparql?query=" + encode("ASK {}"), "application/x-www-form-urlencoded", "", false));
    }

    @Test
    void badMultipleQueries() throws Exception {
        assertClientError(get("/sparql?query=" + encode("ASK {}") + "&query=" + encode("SELECT * {}")));
    }

    @Test
    void badQueryWrongMediaType() throws Exception {
        assertClientError(send("POST", "/sparql", "text/plain", "ASK {}", false));
    }

    @Test
    void badQueryMissingFormType() throws Exception {
        assertClientError(send("POST", "/sparql", null, "query=ASK%20%7B%7D", false));
    }

    @Test
    void badQueryMissingDirectType() throws Exception {
        assertClientError(send("POST", "/sparql", null, "ASK {}", false));
    }

    @Test
    void badQueryNonUtf8() throws Exception {
        assertClientError(send("POST", "/sparql", "application/sparql-query; charset=UTF-16", "ASK {}", false));
    }

    @Test
    void badQuerySyntax() throws Exception {
        assertClientError(get("/sparql?query=ASK%20%7B"));
    }

    // --- SPARQL 1.1 Protocol: updates (ours on /update, with the editor's credentials) ---

    @Test
    void updateDatasetDefaultGraph() throws Exception {
        String update = PREFIXES + "CLEAR ALL ; INSERT DATA { GRAPH <" + KASEI + "data1.rdf> { <" + KASEI
                + "data1.rdf> a foaf:Document } } ; INSERT { GRAPH <http://example.org/protocol-update-dataset-test/>"
                + " { ?s a dc:BibliographicResource } } WHERE { ?s a foaf:Document }";
        assertSuccess(send(
                "POST",
                "/update?using-graph-uri=" + encode(KASEI + "data1.rdf"),
                "application/sparql-update",
                update,
                true));
        assertAskTrue(query("ASK { GRAPH <http://example.org/protocol-update-dataset-test/> { <" + KASEI
                + "data1.rdf> a <http://purl.org/dc/terms/BibliographicResource> } }"));
    }

    @Test
    void updateDatasetDefaultGraphs() throws Exception {
        String graph = "http://example.org/protocol-update-dataset-graphs-test/";
        String update = PREFIXES + "DROP ALL ; " + ALL_THREE + " ; INSERT { GRAPH <" + graph
                + "> { ?s a dc:BibliographicResource } } WHERE { ?s a foaf:Document }";
        assertSuccess(send(
                "POST",
                "/update?using-graph-uri=" + encode(KASEI + "data1.rdf") + "&using-graph-uri="
                        + encode(KASEI + "data2.rdf"),
                "application/sparql-update",
                update,
                true));
        assertAskTrue(query(twoButNotThree(graph, "a <http://purl.org/dc/terms/BibliographicResource>")));
    }

    @Test
    void updateDatasetNamedGraphs() throws Exception {
        String graph = "http://example.org/protocol-update-dataset-named-graphs-test/";
        String update = PREFIXES + "DROP ALL ; " + ALL_THREE + " ; INSERT { GRAPH <" + graph
                + "> { ?s a dc:BibliographicResource } } WHERE { GRAPH ?g { ?s a foaf:Document } }";
        assertSuccess(send(
                "POST",
                "/update?using-named-graph-uri=" + encode(KASEI + "data1.rdf") + "&using-named-graph-uri="
                        + encode(KASEI + "data2.rdf"),
                "application/sparql-update",
                update,
                true));
        assertAskTrue(query(twoButNotThree(graph, "a <http://purl.org/dc/terms/BibliographicResource>")));
    }

    @Test
    void updateDatasetFull() throws Exception {
        String graph = "http://example.org/protocol-update-dataset-full-test/";
        String update = PREFIXES + "DROP ALL ; " + ALL_THREE + " ; INSERT { GRAPH <" + graph
                + "> { ?s <http://example.org/in> ?in } } WHERE { { GRAPH ?g { ?s a foaf:Document } BIND(?g AS ?in) }"
                + " UNION { ?s a foaf:Document . BIND(\"default\" AS ?in) } }";
        assertSuccess(send(
                "POST",
                "/update?using-graph-uri=" + encode(KASEI + "data1.rdf") + "&using-named-graph-uri="
                        + encode(KASEI + "data2.rdf"),
                "application/sparql-update",
                update,
                true));
        assertAskTrue(
                query("ASK { GRAPH <" + graph + "> { <" + KASEI + "data1.rdf> <http://example.org/in> \"default\" . <"
                        + KASEI + "data2.rdf> <http://example.org/in> <" + KASEI + "data2.rdf> }"
                        + " FILTER NOT EXISTS { GRAPH <" + graph + "> { <" + KASEI + "data3.rdf> ?p ?o } } }"));
    }

    @Test
    void updatePostForm() throws Exception {
        assertSuccess(send("POST", "/update", "application/x-www-form-urlencoded", "update=CLEAR+ALL", true));
        assertAskFalse(query("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void updatePostDirect() throws Exception {
        assertSuccess(send("POST", "/update", "application/sparql-update", "CLEAR ALL", true));
        assertAskFalse(query("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }

    /**
     * update_base_uri expects {@code <test>} resolved against a base the service chooses. Ours
     * refuses relative IRIs in writes with 400 (docs/endpoint.md: a relative IRI would depend on
     * where the data was read from), and nothing is written.
     */
    @Test
    void updateBaseUriIsRefusedBecauseRelativeIrisAreNeverStored() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/update",
                "application/sparql-update",
                "CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ; INSERT DATA { GRAPH"
                        + " <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> } }",
                true);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("relative IRI <test>");
        assertAskFalse(query("ASK { GRAPH <http://example.org/protocol-base-test/> { ?s ?p ?o } }"));
    }

    @Test
    void badUpdateGet() throws Exception {
        assertClientError(send("GET", "/update?update=" + encode("CLEAR ALL"), null, null, true));
        assertAskTrue(query("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void badMultipleUpdates() throws Exception {
        assertClientError(send(
                "POST",
                "/update",
                "application/x-www-form-urlencoded",
                "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
                true));
        assertAskTrue(query("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void badUpdateWrongMediaType() throws Exception {
        assertClientError(send("POST", "/update", "text/plain", "CLEAR NAMED", true));
    }

    @Test
    void badUpdateMissingFormType() throws Exception {
        assertClientError(send("POST", "/update", null, "update=CLEAR%20NAMED", true));
    }

    @Test
    void badUpdateNonUtf8() throws Exception {
        assertClientError(send("POST", "/update", "application/sparql-update; charset=UTF-16", "CLEAR NAMED", true));
        assertAskTrue(query("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void badUpdateSyntax() throws Exception {
        assertClientError(send("POST", "/update", "application/x-www-form-urlencoded", "update=CLEAR%20XYZ", true));
    }

    @Test
    void badUpdateDatasetConflict() throws Exception {
        assertClientError(send(
                "POST",
                "/update?using-named-graph-uri=" + encode("http://example/people"),
                "application/sparql-update",
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/> WITH <http://example/addresses>"
                        + " DELETE { ?person foaf:givenName 'Bill' } INSERT { ?person foaf:givenName 'William' }"
                        + " WHERE { ?person foaf:givenName 'Bill' }",
                true));
    }

    // --- Graph Store Protocol, indirect graph identification (ours: writes on /data, reads on /get) ---

    @Test
    void putGetRepeatIndirect() throws Exception {
        assertThat(put(PERSON_1, person1("John Doe")).statusCode()).isEqualTo(201);
        assertGraph(PERSON_1, person1("John Doe"));
        assertThat(put(PERSON_1, person1("Jane Doe")).statusCode()).isIn(200, 204);
        assertGraph(PERSON_1, person1("Jane Doe"));
    }

    @Test
    void putGetDefault() throws Exception {
        String alice = "[] a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/businessCard>"
                + " [ a <http://www.w3.org/2006/vcard/ns#VCard> ; <http://www.w3.org/2006/vcard/ns#given-name> \"Alice\" ] .";
        HttpResponse<String> put = send("PUT", "/data?default", "text/turtle; charset=utf-8", alice, true);
        assertThat(put.statusCode()).isIn(200, 201, 204);
        HttpResponse<String> got = send("GET", "/get?default", null, null, false, "text/turtle");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(turtle(got.body()).isIsomorphicWith(turtle(alice))).isTrue();
    }

    @Test
    void putDeleteGetDeleteIndirect() throws Exception {
        String person2 = "http://www.example/gsp/person/2.ttl";
        assertThat(put(person2, person1("Alice")).statusCode()).isIn(200, 201, 204);
        assertThat(send("DELETE", "/data?graph=" + encode(person2), null, null, true)
                        .statusCode())
                .isIn(200, 204);
        assertThat(send("GET", "/get?graph=" + encode(person2), null, null, false, "text/turtle")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/data?graph=" + encode(person2), null, null, true)
                        .statusCode())
                .isIn(404, 200, 204);
    }

    /**
     * post_get_post_get_indirect, as the manifest means it: its multipart parts write
     * {@code foaf:familyName} without declaring {@code foaf:}, which no Turtle reader accepts;
     * here each part declares it.
     */
    @Test
    void postGetPostGetIndirect() throws Exception {
        HttpResponse<String> first = send(
                "POST", "/data?graph=" + encode(PERSON_1), "text/turtle; charset=utf-8", person1("Jane Doe"), true);
        assertThat(first.statusCode()).isIn(200, 201, 204);
        assertGraph(PERSON_1, person1("Jane Doe"));

        String boundary = "a6fe4cd636164618814be9f8d3d1a0de";
        String parts = part(boundary, "lastName.ttl", "<http://www.example/gsp/person/1> foaf:familyName \"Doe\" .")
                + part(boundary, "firstName.ttl", "<http://www.example/gsp/person/1> foaf:givenName \"Jane\" .")
                + "--" + boundary + "--\r\n";
        HttpResponse<String> second = send(
                "POST", "/data?graph=" + encode(PERSON_1), "multipart/form-data; boundary=" + boundary, parts, true);
        assertThat(second.statusCode()).isIn(200, 204);
        assertGraph(
                PERSON_1,
                person1("Jane Doe") + " <http://www.example/gsp/person/1>"
                        + " <http://xmlns.com/foaf/0.1/givenName> \"Jane\" ; <http://xmlns.com/foaf/0.1/familyName> \"Doe\" .");
    }

    /**
     * post_get_new_graph asks the optional creation of a graph by a POST to the store itself (201
     * and its Location). Ours does not mint graphs (docs/endpoint.md): the POST adds to the graphs
     * the data names, here the default graph, and says so without a Location.
     */
    @Test
    void postGetNewGraphAddsToTheDefaultGraphInsteadOfMintingOne() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/data",
                "text/turtle; charset=utf-8",
                "<http://example.org/alice> a <http://xmlns.com/foaf/0.1/Person> .",
                true);
        assertThat(response.statusCode()).isIn(200, 204);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void headExistingIndirect() throws Exception {
        assertThat(put(PERSON_1, person1("John Doe")).statusCode()).isIn(200, 201, 204);
        HttpResponse<String> head =
                send("HEAD", "/get?graph=" + encode(PERSON_1), null, null, false, "text/turtle; charset=utf-8");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void headNonExistingIndirect() throws Exception {
        assertThat(send(
                                "HEAD",
                                "/get?graph=" + encode("http://www.example/gsp/person/4.ttl"),
                                null,
                                null,
                                false,
                                "text/turtle; charset=utf-8")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void putGetUriPctEncodedIndirect() throws Exception {
        assertThat(put(PERSON_1, person1("John Doe")).statusCode()).isEqualTo(201);
        HttpResponse<String> got = send("GET", "/get?graph=" + PERSON_1, null, null, false, "text/turtle");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(turtle(got.body()).isIsomorphicWith(turtle(person1("John Doe"))))
                .isTrue();
    }

    /** The graph's IRI is the query string's value decoded once: %2531 is the IRI's own "%31". */
    @Test
    void putGetUriPctEncodedTwice() throws Exception {
        String once = "/data?graph=http://www.example/gsp/person/%31.ttl";
        String twice = "/data?graph=http://www.example/gsp/person/%2531.ttl";
        assertThat(send("PUT", once, "text/turtle; charset=utf-8", person1("John Doe"), true)
                        .statusCode())
                .isEqualTo(201);
        String jane = person1("Jane Doe").replace("person/1>", "person/2>");
        assertThat(send("PUT", twice, "text/turtle; charset=utf-8", jane, true).statusCode())
                .isEqualTo(201);

        HttpResponse<String> first = send("GET", once.replace("/data", "/get"), null, null, false, "text/turtle");
        HttpResponse<String> second = send("GET", twice.replace("/data", "/get"), null, null, false, "text/turtle");
        assertThat(turtle(first.body()).isIsomorphicWith(turtle(person1("John Doe"))))
                .isTrue();
        assertThat(turtle(second.body()).isIsomorphicWith(turtle(jane))).isTrue();
    }

    /** manifest-direct.ttl's cases name graphs by the request's path (/data/person/1.ttl): ours names them by ?graph= only. */
    @Test
    void directGraphIdentificationIsNotOffered() throws Exception {
        assertThat(send("PUT", "/data/person/1.ttl", "text/turtle; charset=utf-8", person1("John Doe"), true)
                        .statusCode())
                .isEqualTo(404);
    }

    // --- the manifests' texts ---

    private static final String PREFIXES =
            "PREFIX dc: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> ";
    private static final String BOTH_DOCUMENTS =
            "ASK { <" + KASEI + "data1.rdf> a ?type . <" + KASEI + "data2.rdf> a ?type . }";
    private static final String BOTH_IN_GRAPHS =
            "ASK { GRAPH ?g1 { <" + KASEI + "data1.rdf> a ?type } GRAPH ?g2 { <" + KASEI + "data2.rdf> a ?type } }";
    private static final String ALL_THREE = "INSERT DATA { "
            + "GRAPH <" + KASEI + "data1.rdf> { <" + KASEI + "data1.rdf> a foaf:Document } "
            + "GRAPH <" + KASEI + "data2.rdf> { <" + KASEI + "data2.rdf> a foaf:Document } "
            + "GRAPH <" + KASEI + "data3.rdf> { <" + KASEI + "data3.rdf> a foaf:Document } }";

    private static String twoButNotThree(String graph, String what) {
        return "ASK { GRAPH <" + graph + "> { <" + KASEI + "data1.rdf> " + what + " . <" + KASEI + "data2.rdf> " + what
                + " } FILTER NOT EXISTS { GRAPH <" + graph + "> { <" + KASEI + "data3.rdf> " + what + " } } }";
    }

    private static String person1(String name) {
        return "<http://www.example/gsp/person/1> a <http://xmlns.com/foaf/0.1/Person> ;"
                + " <http://xmlns.com/foaf/0.1/businessCard> [ a <http://www.w3.org/2006/vcard/ns#VCard> ;"
                + " <http://www.w3.org/2006/vcard/ns#fn> \"" + name + "\" ] .";
    }

    private static String part(String boundary, String file, String turtle) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file
                + "\"\r\nContent-Type: text/turtle; charset=utf-8\r\n\r\n@prefix foaf: <http://xmlns.com/foaf/0.1/> .\r\n"
                + turtle + "\r\n\r\n";
    }

    private static String defaultGraphs(String... names) {
        StringBuilder parameters = new StringBuilder();
        for (String name : names) parameters.append("&default-graph-uri=").append(encode(KASEI + name + ".rdf"));
        return parameters.toString();
    }

    private static String namedGraphs(String... names) {
        StringBuilder parameters = new StringBuilder();
        for (String name : names) parameters.append("&named-graph-uri=").append(encode(KASEI + name + ".rdf"));
        return parameters.toString();
    }

    // --- requests and checks ---

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null, false);
    }

    private static HttpResponse<String> query(String ask) throws Exception {
        return send("POST", "/sparql", "application/sparql-query", ask, false);
    }

    private static HttpResponse<String> put(String graph, String turtle) throws Exception {
        return send("PUT", "/data?graph=" + encode(graph), "text/turtle; charset=utf-8", turtle, true);
    }

    private static HttpResponse<String> send(
            String method, String path, String contentType, String body, boolean editor) throws Exception {
        return send(method, path, contentType, body, editor, null);
    }

    private static HttpResponse<String> send(
            String method, String path, String contentType, String body, boolean editor, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.datasetUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : publisher(contentType, body));
        if (contentType != null) request.header("Content-Type", contentType);
        if (accept != null) request.header("Accept", accept);
        if (editor) {
            request.header("Authorization", SparqlRequests.basic(EDITOR));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body in the charset its type names (bad_*_non_utf8 send UTF-16), else UTF-8. */
    private static HttpRequest.BodyPublisher publisher(String contentType, String body) {
        boolean utf16 = contentType != null && contentType.toUpperCase().contains("UTF-16");
        return HttpRequest.BodyPublishers.ofString(body, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    }

    private static void assertGraph(String graph, String expected) throws Exception {
        HttpResponse<String> got = send("GET", "/get?graph=" + encode(graph), null, null, false, "text/turtle");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(turtle(got.body()).isIsomorphicWith(turtle(expected)))
                .as(got.body())
                .isTrue();
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(graph);
        return graph;
    }

    private static void assertAskTrue(HttpResponse<String> response) {
        assertSuccess(response);
        assertThat(response.body())
                .as(response.body())
                .containsPattern("\"boolean\"\\s*:\\s*true|<boolean>true</boolean>");
    }

    private static void assertAskFalse(HttpResponse<String> response) {
        assertSuccess(response);
        assertThat(response.body())
                .as(response.body())
                .containsPattern("\"boolean\"\\s*:\\s*false|<boolean>false</boolean>");
    }

    private static void assertSuccess(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 399);
    }

    private static void assertClientError(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
    }

    private static void assertContentType(HttpResponse<String> response, String... types) {
        assertSuccess(response);
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertThat(types).as(type).anyMatch(type::startsWith);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
