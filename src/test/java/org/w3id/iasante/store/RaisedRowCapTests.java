package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row cap raised above the rows computed ahead ({@link BoundedQuery#COMPUTED_AHEAD}): the rest
 * streams, and an overrun cuts the stream rather than passing for a complete answer.
 */
class RaisedRowCapTests {

    /** 100 000 rows out of nothing: five VALUES blocks of ten digits, joined. */
    private static final String HUNDRED_THOUSAND_ROWS =
            "SELECT * { " + "VALUES ?%s { 0 1 2 3 4 5 6 7 8 9 } ".repeat(5).formatted("a", "b", "c", "d", "e") + "}";

    @TempDir
    Path store;

    private HttpResponse<byte[]> select(long maxRows) throws Exception {
        EndpointProperties properties = EndpointProperties.of(Map.of(
                "port", "0",
                "loopback-only", "true",
                "query-timeout", "30s",
                "max-rows", Long.toString(maxRows),
                "cached-rows", "0",
                "max-result-size", "100MB"));
        try (EmbeddedStore opened = EmbeddedStore.open(store);
                SparqlEndpoint endpoint = SparqlEndpoint.start(opened, properties)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.queryUrl() + "?query="
                            + URLEncoder.encode(HUNDRED_THOUSAND_ROWS, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json")
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** Rows in a SPARQL JSON result, read to the end. */
    private static long rowsIn(byte[] body) {
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
        long count = 0;
        for (; rows.hasNext(); rows.next()) count++;
        return count;
    }

    @Test
    void aResultUnderARaisedCapStreamsWhole() throws Exception {
        HttpResponse<byte[]> response = select(200_000);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rowsIn(response.body())).isEqualTo(100_000);
    }

    @Test
    void aResultOverARaisedCapIsCutSoNoClientTakesItForWhole() throws Exception {
        HttpResponse<byte[]> response;
        try {
            response = select(50_000);
        } catch (java.io.IOException cut) {
            return; // the connection was cut mid-body: no client can take that for a whole answer
        }
        byte[] body = response.body();
        assertThatThrownBy(() -> rowsIn(body)).as("a body cut after the cap is not a complete SPARQL JSON result");
    }
}
