package org.w3id.iasante.store;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a remote store is: a SPARQL 1.1 query endpoint of any engine (another Fuseki, Virtuoso,
 * GraphDB…) whose default graph is the union of the named graphs.
 *
 * @param queryEndpoint the SPARQL query endpoint URL
 * @param user HTTP Basic user, if the endpoint needs one
 * @param password that user's password
 * @param connectTimeout how long to wait for a connection
 * @param queryTimeout how long a query may run; the HTTP read timeout allows a little more
 */
@ConfigurationProperties("ias.remote")
public record RemoteStoreProperties(
        URI queryEndpoint, String user, String password, Duration connectTimeout, Duration queryTimeout) {

    public RemoteStoreProperties {
        if (user != null && user.isBlank()) user = null;
        if (connectTimeout == null) connectTimeout = Duration.ofSeconds(5);
        if (queryTimeout == null) queryTimeout = Duration.ofSeconds(30);
    }

    public static RemoteStoreProperties of(URI queryEndpoint) {
        return new RemoteStoreProperties(queryEndpoint, null, null, null, null);
    }

    public RemoteStoreProperties withCredentials(String user, String password) {
        return new RemoteStoreProperties(queryEndpoint, user, password, connectTimeout, queryTimeout);
    }

    public RemoteStoreProperties withQueryTimeout(Duration timeout) {
        return new RemoteStoreProperties(queryEndpoint, user, password, connectTimeout, timeout);
    }
}
