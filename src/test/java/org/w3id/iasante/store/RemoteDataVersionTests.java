package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.query.QueryCatalogue;

/** A remote store's data version follows the endpoint's data, after at most its version-check interval. */
class RemoteDataVersionTests {

    private static final Node P = NodeFactory.createURI("http://example.org/p");

    private DatasetGraph data;
    private FusekiServer server;

    @BeforeEach
    void startEndpoint() {
        data = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(data, () -> {
            for (int i = 0; i < 10; i++) data.add(Quad.defaultGraphIRI, subject(i), P, literal("value " + i));
            // As the store's load state records a file: the version also reads when it was last loaded.
            Node graph = NodeFactory.createURI("http://example.org/graph");
            data.add(Quad.defaultGraphIRI, graph, IAS.loadedFrom.asNode(), literal("data/example.trig"));
            data.add(
                    Quad.defaultGraphIRI,
                    graph,
                    DCTerms.modified.asNode(),
                    NodeFactory.createLiteralDT("2025-07-01T00:00:00Z", XSDDatatype.XSDdateTime));
        });
        server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", data)
                .build()
                .start();
    }

    @AfterEach
    void stopEndpoint() {
        server.stop();
    }

    @Test
    void anUpdateThatKeepsTheTripleCountChangesTheDataVersion() {
        try (RemoteStore store = store(Duration.ZERO)) {
            DataVersion before = store.dataVersion();
            assertThat(store.select(versionQuery()).rows())
                    .singleElement()
                    .satisfies(row -> assertThat(row).containsKeys("triples", "contentChecksum", "lastLoad"));

            Txn.executeWrite(data, () -> {
                data.delete(Quad.defaultGraphIRI, subject(3), P, literal("value 3"));
                data.add(Quad.defaultGraphIRI, subject(3), P, literal("value 3, corrected"));
            });

            assertThat(store.dataVersion().tag()).isNotEqualTo(before.tag());
        }
    }

    @Test
    void anAddedTripleChangesTheDataVersion() {
        try (RemoteStore store = store(Duration.ZERO)) {
            DataVersion before = store.dataVersion();

            Txn.executeWrite(data, () -> data.add(Quad.defaultGraphIRI, subject(10), P, literal("value 10")));

            assertThat(store.dataVersion().tag()).isNotEqualTo(before.tag());
        }
    }

    @Test
    void withinTheVersionCheckIntervalTheEndpointIsNotAskedAgain() {
        try (RemoteStore store = store(Duration.ofHours(1))) {
            DataVersion before = store.dataVersion();

            Txn.executeWrite(data, () -> data.add(Quad.defaultGraphIRI, subject(10), P, literal("value 10")));

            assertThat(store.dataVersion()).isEqualTo(before);
        }
    }

    private static String versionQuery() {
        return QueryCatalogue.loadSystem(KnowledgeLocation.classpath())
                .get("select-data-version")
                .text();
    }

    private RemoteStore store(Duration versionCheck) {
        URI endpoint = URI.create("http://localhost:" + server.getHttpPort() + "/ds/sparql");
        return RemoteStore.connect(RemoteStoreProperties.of(endpoint).withVersionCheck(versionCheck));
    }

    private static Node subject(int i) {
        return NodeFactory.createURI("http://example.org/s" + i);
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
