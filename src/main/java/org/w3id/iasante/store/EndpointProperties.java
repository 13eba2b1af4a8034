package org.w3id.iasante.store;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the public SPARQL endpoint is: where it listens and the bounds every query must respect.
 *
 * @param port Fuseki's HTTP port (0 picks a free one)
 * @param dataset the dataset name in the endpoint's URLs ({@code /ia-sante/sparql})
 * @param loopbackOnly listen on localhost only
 * @param queryTimeout a query running longer ends with HTTP 503
 * @param maxRows a result larger than this ends with HTTP 422 (rows of a SELECT, triples of a graph)
 * @param updateUser user allowed on the update and graph-store write endpoints; none: they do not exist
 * @param updatePassword that user's password; no default, from configuration or the environment
 * @param cachedRows answers kept for questions asked again on unchanged data, in rows and triples
 *     all together (0: none kept)
 * @param maxQuerySize a longer query text is refused with HTTP 413 before it is parsed
 * @param maxNesting a query whose groups, brackets and chains of operators nest deeper is refused
 *     with HTTP 400 before it is parsed (Jena would overflow its stack)
 * @param maxResultSize an answer larger than this, once written in the format asked for, ends with
 *     HTTP 422
 * @param clientQueryTimePerMinute server time each client address may use per minute, refilled as
 *     the minute passes; once spent, HTTP 429 with {@code Retry-After} (zero: no budget, the default
 *     for a single user's machine; a public endpoint sets one)
 * @param clientConcurrentQueries requests one client address may have running at once; more, HTTP
 *     429 (zero: no limit)
 */
@ConfigurationProperties("ias.sparql")
@Validated
public record EndpointProperties(
        @DefaultValue("3030") @Min(0) @Max(65535) int port,
        @DefaultValue("ia-sante") @NotBlank String dataset,
        @DefaultValue("false") boolean loopbackOnly,
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue("10000") @Positive long maxRows,
        String updateUser,
        String updatePassword,
        @DefaultValue("1000000") @PositiveOrZero long cachedRows,
        @DefaultValue("256KB") DataSize maxQuerySize,
        @DefaultValue("500") @Positive int maxNesting,
        @DefaultValue("16MB") DataSize maxResultSize,
        @DefaultValue("0s") Duration clientQueryTimePerMinute,
        @DefaultValue("0") @PositiveOrZero int clientConcurrentQueries) {

    private static final String PREFIX = "ias.sparql";

    public EndpointProperties {
        // An empty setting (the default in application.yml, or an empty environment variable) means none.
        if (updateUser != null && updateUser.isBlank()) updateUser = null;
        if (updatePassword != null && updatePassword.isBlank()) updatePassword = null;
    }

    /**
     * These settings ({@code max-rows}, {@code port}…, as in {@code ias.sparql.*}) over the
     * defaults, bound as the application binds them, for servers started outside it.
     */
    public static EndpointProperties of(Map<String, String> settings) {
        Map<String, String> named = new LinkedHashMap<>();
        settings.forEach((name, value) -> named.put(PREFIX + "." + name, value));
        return new Binder(new MapConfigurationPropertySource(named)).bindOrCreate(PREFIX, EndpointProperties.class);
    }

    /** Whether writes are served at all: only when credentials are configured. */
    public boolean writable() {
        return updateUser != null;
    }

    @AssertTrue(
            message = "set both ias.sparql.update-user and ias.sparql.update-password (IAS_SPARQL_UPDATE_USER,"
                    + " IAS_SPARQL_UPDATE_PASSWORD), or neither to serve the graph read-only")
    public boolean isCredentialsComplete() {
        return (updateUser == null) == (updatePassword == null);
    }

    @AssertTrue(message = "client-query-time-per-minute cannot be negative")
    public boolean isClientBudgetPositive() {
        return !clientQueryTimePerMinute.isNegative();
    }

    @AssertTrue(message = "max-query-size and max-result-size must be positive")
    public boolean isSizesPositive() {
        return maxQuerySize.toBytes() > 0 && maxResultSize.toBytes() > 0;
    }
}
