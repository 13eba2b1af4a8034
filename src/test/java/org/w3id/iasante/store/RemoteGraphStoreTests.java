package org.w3id.iasante.store;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.w3id.iasante.support.StockFuseki;

/** The contract against a stock Fuseki in another process, reached with RDF4J's SPARQLRepository. */
class RemoteGraphStoreTests extends GraphStoreContract {

    // The data version asked of the endpoint at every call, so that "stays the same" is the endpoint's answer.
    private static final RemoteStore STORE = RemoteStore.connect(
            RemoteStoreProperties.of(URI.create(StockFuseki.queryUrl())).withVersionCheck(Duration.ZERO));
    private static final RemoteStore UNREACHABLE = RemoteStore.connect(
            RemoteStoreProperties.of(URI.create("http://localhost:" + StockFuseki.closedPort() + "/ds/sparql")));

    @AfterAll
    static void close() {
        STORE.close();
        UNREACHABLE.close();
    }

    @Override
    GraphStore store() {
        return STORE;
    }

    @Override
    GraphStore storeWithTimeout(Duration timeout) {
        return RemoteStore.connect(
                RemoteStoreProperties.of(URI.create(StockFuseki.queryUrl())).withQueryTimeout(timeout));
    }

    @Override
    GraphStore unreachableStore() {
        return UNREACHABLE;
    }
}
