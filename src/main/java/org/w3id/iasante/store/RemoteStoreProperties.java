package org.w3id.iasante.store;

import jakarta.validation.constraints.AssertTrue;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.annotation.Validated;

/**
 * What a remote store is: a SPARQL 1.1 query endpoint of any engine (another Fuseki, Virtuoso,
 * GraphDB…) whose default graph is the union of the named graphs.
 *
 * @param queryEndpoint the SPARQL query endpoint URL
 * @param user HTTP Basic user, if the endpoint needs one
 * @param password that user's password
 * @param connectTimeout how long to wait for a connection
 * @param queryTimeout how long a query may run; the HTTP read timeout allows a little more
 * @param versionCheck how long the data version read from the endpoint is trusted before it is
 *     asked again: a change made to the remote data shows within this time
 */
@ConfigurationProperties("ias.remote")
@Validated
public record RemoteStoreProperties(
        URI queryEndpoint,
        String user,
        String password,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration queryTimeout,
        @DefaultValue("30s") Duration versionCheck) {

    public RemoteStoreProperties {
        if (user != null && user.isBlank()) user = null;
    }

    /** The endpoint at {@code queryEndpoint}, every other setting at its default. */
    public static RemoteStoreProperties of(URI queryEndpoint) {
        RemoteStoreProperties defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("ias.remote", RemoteStoreProperties.class);
        return new RemoteStoreProperties(
                queryEndpoint, null, null, defaults.connectTimeout(), defaults.queryTimeout(), defaults.versionCheck());
    }

    public RemoteStoreProperties withCredentials(String user, String password) {
        return new RemoteStoreProperties(queryEndpoint, user, password, connectTimeout, queryTimeout, versionCheck);
    }

    public RemoteStoreProperties withQueryTimeout(Duration timeout) {
        return new RemoteStoreProperties(queryEndpoint, user, password, connectTimeout, timeout, versionCheck);
    }

    public RemoteStoreProperties withVersionCheck(Duration interval) {
        return new RemoteStoreProperties(queryEndpoint, user, password, connectTimeout, queryTimeout, interval);
    }

    @AssertTrue(message = "connect-timeout and query-timeout must be positive, version-check zero or more")
    public boolean isDurationsValid() {
        return positive(connectTimeout) && positive(queryTimeout) && !versionCheck.isNegative();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
