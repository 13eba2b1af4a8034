package org.w3id.iasante.store;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.iasante.support.RequiresVirtuoso;
import org.w3id.iasante.support.StockFuseki;
import org.w3id.iasante.support.Virtuoso;

/** The store's contract against Virtuoso 7.2 (Debian's package, its row cap kept). */
@RequiresVirtuoso
class VirtuosoGraphStoreTests extends GraphStoreContract {

    private static RemoteStore store;
    private static RemoteStore unreachable;

    @BeforeAll
    static void connect() {
        store = RemoteStore.connect(
                RemoteStoreProperties.of(Virtuoso.withRepositoryAndHdh().queryEndpoint())
                        .withVersionCheck(Duration.ZERO));
        unreachable = RemoteStore.connect(RemoteStoreProperties.of(
                java.net.URI.create("http://localhost:" + StockFuseki.closedPort() + "/sparql")));
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
        if (unreachable != null) unreachable.close();
    }

    @Override
    GraphStore store() {
        return store;
    }

    @Override
    GraphStore storeWithTimeout(Duration timeout) {
        return RemoteStore.connect(
                RemoteStoreProperties.of(Virtuoso.withRepositoryAndHdh().queryEndpoint())
                        .withQueryTimeout(timeout));
    }

    @Override
    GraphStore unreachableStore() {
        return unreachable;
    }
}
