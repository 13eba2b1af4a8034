package org.w3id.iasante.store;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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
 * @param engineRowCap the most rows (or triples) the engine returns in one answer, cutting the rest
 *     without an error (Virtuoso's {@code ResultSetMaxRows}, 10 000 as Debian packages it); an
 *     answer that reaches it is fetched again page by page; 0: the engine has no such cap
 * @param maxPagedRows the most rows an answer fetched page by page may have before it is refused
 */
@ConfigurationProperties("ias.remote")
@Validated
public record RemoteStoreProperties(
        URI queryEndpoint,
        String user,
        String password,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration queryTimeout,
        @DefaultValue("30s") Duration versionCheck,
        @DefaultValue("10000") @PositiveOrZero int engineRowCap,
        @DefaultValue("1000000") @Positive int maxPagedRows) {

    public RemoteStoreProperties {
        if (user != null && user.isBlank()) user = null;
    }

    /** The endpoint at {@code queryEndpoint}, every other setting at its default. */
    public static RemoteStoreProperties of(URI queryEndpoint) {
        RemoteStoreProperties defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("ias.remote", RemoteStoreProperties.class);
        return new RemoteStoreProperties(
                queryEndpoint,
                null,
                null,
                defaults.connectTimeout(),
                defaults.queryTimeout(),
                defaults.versionCheck(),
                defaults.engineRowCap(),
                defaults.maxPagedRows());
    }

    public RemoteStoreProperties withCredentials(String user, String password) {
        return new RemoteStoreProperties(
                queryEndpoint, user, password, connectTimeout, queryTimeout, versionCheck, engineRowCap, maxPagedRows);
    }

    public RemoteStoreProperties withQueryTimeout(Duration timeout) {
        return new RemoteStoreProperties(
                queryEndpoint, user, password, connectTimeout, timeout, versionCheck, engineRowCap, maxPagedRows);
    }

    public RemoteStoreProperties withVersionCheck(Duration interval) {
        return new RemoteStoreProperties(
                queryEndpoint, user, password, connectTimeout, queryTimeout, interval, engineRowCap, maxPagedRows);
    }

    /** The same endpoint, assumed to cut answers at {@code rows} rows (0: no cap). */
    public RemoteStoreProperties withEngineRowCap(int rows) {
        return new RemoteStoreProperties(
                queryEndpoint, user, password, connectTimeout, queryTimeout, versionCheck, rows, maxPagedRows);
    }

    @AssertTrue(message = "connect-timeout and query-timeout must be positive, version-check zero or more")
    public boolean isDurationsValid() {
        return positive(connectTimeout) && positive(queryTimeout) && !versionCheck.isNegative();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
