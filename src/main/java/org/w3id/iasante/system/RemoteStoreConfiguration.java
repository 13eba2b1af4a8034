package org.w3id.iasante.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.w3id.iasante.store.RemoteStore;
import org.w3id.iasante.store.RemoteStoreProperties;

/**
 * The {@code remote} profile: the application reads the graph from an existing SPARQL 1.1 engine
 * ({@code ias.remote.query-endpoint}) and runs no store or endpoint of its own.
 */
@Profile("remote")
class RemoteStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RemoteStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    RemoteStore remoteStore(RemoteStoreProperties properties) {
        log.info("Reading the graph from the remote SPARQL endpoint {}", properties.queryEndpoint());
        return RemoteStore.connect(properties);
    }
}
