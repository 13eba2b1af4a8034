package org.w3id.iasante.store;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Disabled;
import org.w3id.iasante.support.RepositoryKnowledge;

class EmbeddedGraphStoreTests extends GraphStoreContract {

    private static final EmbeddedStore STORE = EmbeddedStore.inMemory(RepositoryKnowledge.knowledge(), Duration.ZERO);

    @AfterAll
    static void close() {
        STORE.close();
    }

    @Override
    GraphStore store() {
        return STORE;
    }

    @Override
    GraphStore storeWithTimeout(Duration timeout) {
        return EmbeddedStore.inMemory(RepositoryKnowledge.knowledge(), timeout);
    }

    @Override
    GraphStore unreachableStore() {
        throw new UnsupportedOperationException();
    }

    @Override
    @Disabled("An embedded store is in the same process: there is no network to lose; a folder in use fails at open()"
            + " with StoreUnavailableException (EmbeddedStoreTests, CliTests)")
    void anUnreachableStoreRaisesGraphUnavailableNamingIt() {}
}
