package org.w3id.iasante.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

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
 */
@ConfigurationProperties("ias.sparql")
public record EndpointProperties(
        Integer port,
        String dataset,
        Boolean loopbackOnly,
        Duration queryTimeout,
        Long maxRows,
        String updateUser,
        String updatePassword,
        Long cachedRows,
        DataSize maxQuerySize,
        Integer maxNesting,
        DataSize maxResultSize) {

    public EndpointProperties {
        if (port == null) port = 3030;
        if (dataset == null || dataset.isBlank()) dataset = "ia-sante";
        if (loopbackOnly == null) loopbackOnly = false;
        if (queryTimeout == null) queryTimeout = Duration.ofSeconds(10);
        if (maxRows == null) maxRows = 10_000L;
        if (cachedRows == null) cachedRows = 1_000_000L;
        if (maxQuerySize == null) maxQuerySize = DataSize.ofKilobytes(256);
        if (maxNesting == null) maxNesting = 500;
        if (maxResultSize == null) maxResultSize = DataSize.ofMegabytes(16);
        if (updateUser != null && updateUser.isBlank()) updateUser = null;
        if (updatePassword != null && updatePassword.isBlank()) updatePassword = null;
        if ((updateUser == null) != (updatePassword == null)) {
            throw new IllegalArgumentException("Set both ias.sparql.update-user and ias.sparql.update-password"
                    + " (IAS_SPARQL_UPDATE_USER, IAS_SPARQL_UPDATE_PASSWORD), or neither to serve the graph read-only");
        }
        if (maxRows <= 0) throw new IllegalArgumentException("ias.sparql.max-rows must be positive, was " + maxRows);
        if (maxQuerySize.toBytes() <= 0 || maxNesting <= 0 || maxResultSize.toBytes() <= 0) {
            throw new IllegalArgumentException("ias.sparql.max-query-size, max-nesting and max-result-size must be"
                    + " positive, were " + maxQuerySize + ", " + maxNesting + ", " + maxResultSize);
        }
        if (cachedRows < 0) {
            throw new IllegalArgumentException(
                    "ias.sparql.cached-rows must be 0 (no cache) or more, was " + cachedRows);
        }
    }

    /** Whether writes are served at all: only when credentials are configured. */
    public boolean writable() {
        return updateUser != null;
    }
}
