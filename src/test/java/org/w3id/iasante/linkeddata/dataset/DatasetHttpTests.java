package org.w3id.iasante.linkeddata.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.RunningApplication;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/** The dataset's description, dumps and Service Description over HTTP, with a public address configured. */
@TemporaryStoreApplicationTest(properties = "ias.site.base-url=" + DatasetHttpTests.PUBLIC + "/")
class DatasetHttpTests {

    static final String PUBLIC = "https://ia-sante.example.org";
    private static final Path DUMPS = temporaryFolder("ias-dataset-dumps");
    private static final Node DATASET = NodeFactory.createURI("https://w3id.org/ia-sante/dataset");
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @LocalServerPort
    int port;

    @Autowired
    SparqlEndpoint endpoint;

    @Autowired
    RoadmapGraph graph;

    RunningApplication site;

    @DynamicPropertySource
    static void storeKnowledgeAndDumps(DynamicPropertyRegistry registry) {
        registry.add("ias.dumps.location", DUMPS::toString);
    }

    @AfterAll
    static void removeStoreAndDumps() {
        FileSystemUtils.deleteRecursively(DUMPS.toFile());
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void connect() {
        site = new RunningApplication(port);
    }

    /** Security issue, item 6: the VoID was made from the request's Host and kept for everyone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/n-triples, N-TRIPLES", "text/turtle, TURTLE", "application/ld+json, JSON-LD"})
    void aHostileHostHeaderReachesNeitherTheVoidNorTheNextReader(String accept, String lang) {
        String hostile = raw(port, "/.well-known/void", "evil.example", accept).body();
        HttpResponse<String> ordinary = site.get("/.well-known/void", Map.of("Accept", accept));
        assertThat(ordinary.statusCode()).isEqualTo(200);

        for (String body : List.of(hostile, ordinary.body())) {
            assertThat(body).doesNotContain("evil.example");
            Graph description = parse(body, org.apache.jena.riot.RDFLanguages.nameToLang(lang));
            List<String> links = Stream.concat(
                            objects(description, DCAT.downloadURL.asNode()),
                            objects(description, VOID.dataDump.asNode()))
                    .toList();
            assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith(PUBLIC + "/dumps/"));
        }
    }

    @Test
    void theDescriptionsWordsAreThoseOfDataDatasetTtl() {
        Graph served = parse(
                site.get("/.well-known/void", Map.of("Accept", "text/turtle")).body(), Lang.TURTLE);
        Graph file = RDFParser.fromString(
                        KnowledgeLocation.directory(RepositoryKnowledge.ROOT)
                                .textFile(DatasetCitation.FILE)
                                .text(),
                        Lang.TURTLE)
                .base("https://w3id.org/ia-sante/")
                .toGraph();
        List<Triple> aboutTheDataset = file.find(DATASET, Node.ANY, Node.ANY).toList();
        assertThat(aboutTheDataset)
                .hasSizeGreaterThan(15)
                .allSatisfy(t -> assertThat(served.contains(t)).as("%s", t).isTrue());
        assertThat(served.contains(DATASET, DCTerms.title.asNode(), Node.ANY)).isTrue();
        assertThat(served.find(Node.ANY, Node.ANY, Node.ANY).toList())
                .as("the licence's and publisher's names are for pages, not the VoID")
                .noneMatch(t -> t.getSubject().getURI().startsWith("https://creativecommons.org/"));
    }

    @Test
    void aDumpIsServedFromItsFileAndRevalidatedByItsETag() throws IOException {
        HttpResponse<byte[]> dump = site.getBytes("/dumps/ia-sante.nq.gz", Map.of());
        assertThat(dump.statusCode()).isEqualTo(200);
        assertThat(dump.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/gzip"));
        assertThat(dump.headers().firstValue("Content-Encoding"))
                .as("a gzip file, not a compressed transfer")
                .isEmpty();
        assertThat(dump.headers().firstValueAsLong("Content-Length")).hasValue(dump.body().length);
        Path file;
        try (Stream<Path> files = Files.walk(DUMPS)) {
            file = files.filter(f -> f.getFileName().toString().equals("ia-sante.nq.gz"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(dump.body()).isEqualTo(Files.readAllBytes(file));

        String etag = dump.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get("/dumps/ia-sante.nq.gz", Map.of("If-None-Match", etag))
                        .statusCode())
                .isEqualTo(304);
        HttpResponse<String> head = site.head("/dumps/graph-eur-lex-eli.ttl.gz", Map.of());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(site.getBytes("/dumps/nothing.ttl.gz", Map.of()).statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "Accept {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text/turtle;q=0.1, application/ld+json | application/ld+json",
                "application/rdf+xml;q=0.5, application/n-triples;q=0.9 | application/n-triples",
                "application/rdf+xml | application/rdf+xml",
                "*/* | text/turtle",
                "text/*;q=0.2, application/ld+json;q=0.1 | text/turtle"
            })
    void theServiceDescriptionIsInTheSyntaxTheQValuesPrefer(String accept, String mediaType) {
        HttpResponse<String> response = site.get(endpoint.queryUrl(), Map.of("Accept", accept));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(mediaType));
        Graph description = parse(response.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType));
        assertThat(description.contains(
                        Node.ANY,
                        NodeFactory.createURI(SD + "feature"),
                        NodeFactory.createURI(SD + "UnionDefaultGraph")))
                .isTrue();
    }

    @Test
    void theServiceDescriptionWithoutAcceptIsTurtle() {
        HttpResponse<String> response = site.get(endpoint.queryUrl(), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/turtle; charset=utf-8");
    }

    @ParameterizedTest(name = "Accept {0}")
    @CsvSource(
            delimiter = '|',
            value = {"image/png", "application/sparql-results+json", "text/html, application/xhtml+xml"})
    void theServiceDescriptionRefusesWithA406WhatItCannotWrite(String accept) {
        HttpResponse<String> response = site.get(endpoint.queryUrl(), Map.of("Accept", accept));
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("text/turtle", "application/ld+json", "application/n-triples");
    }

    @Test
    void theServiceDescriptionNamesTheEndpointItServesWhateverTheHostHeader() {
        String path = endpoint.queryUrl().substring(("http://localhost:" + endpoint.port()).length());
        Raw response = raw(endpoint.port(), path, "evil.example", "text/turtle");
        assertThat(response.status()).contains("200");
        assertThat(response.body()).doesNotContain("evil.example");
        assertThat(parse(response.body(), Lang.TURTLE)
                        .contains(
                                Node.ANY,
                                NodeFactory.createURI(SD + "endpoint"),
                                NodeFactory.createURI(endpoint.queryUrl())))
                .isTrue();
    }

    @Test
    void theServiceDescriptionLinksToTheCatalogueAsSparqlExamplesAtThePublicAddress() {
        Graph description = parse(site.get(endpoint.queryUrl(), Map.of()).body(), Lang.TURTLE);
        assertThat(objects(description, RDFS.seeAlso.asNode()))
                .containsExactly(PUBLIC + "/.well-known/sparql-examples");

        HttpResponse<String> examples = site.get("/.well-known/sparql-examples", Map.of("Accept", "text/turtle"));
        assertThat(examples.statusCode()).isEqualTo(200);
        Graph executables = parse(examples.body(), Lang.TURTLE);
        List<Triple> typed = executables
                .find(Node.ANY, RDF.type.asNode(), SHACLM.SPARQLExecutable.asNode())
                .toList();
        assertThat(typed).hasSize(graph.catalogue().size());
        assertThat(typed).allSatisfy(example -> {
            assertThat(example.getSubject().getURI()).startsWith(PUBLIC + "/.well-known/sparql-examples#");
            assertThat(executables
                            .find(example.getSubject(), SchemaDO.target.asNode(), Node.ANY)
                            .mapWith(t -> t.getObject().getURI())
                            .toList())
                    .containsExactly(endpoint.queryUrl());
        });
    }

    private record Raw(String status, String body) {}

    /** A GET with a Host header of our choosing, which java.net.http will not send. */
    private static Raw raw(int port, String path, String host, String accept) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            // HTTP/1.0: the answer ends when the connection closes, never chunked.
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: " + accept + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return new Raw(answer.substring(0, answer.indexOf("\r\n")), answer.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> objects(Graph graph, Node predicate) {
        return graph.find(Node.ANY, predicate, Node.ANY).toList().stream()
                .map(t -> t.getObject().getURI());
    }

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        return graph;
    }
}
