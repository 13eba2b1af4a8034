package org.w3id.iasante.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/**
 * With a per-client budget configured, the JSON API and the SPARQL endpoint draw on one account
 * per client address: spent on one, refused on both, with RFC 9457 problem details to a JSON
 * client and {@code Retry-After}; an answer the site replays from its cache is still served.
 */
@TemporaryStoreApplicationTest(
        properties = {
            // The smallest budget: the first question, charged at least 1 ms, spends it.
            "ias.sparql.client-query-time-per-minute=1ms",
            "ias.sparql.loopback-only=true"
        })
class ClientBudgetApplicationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SparqlEndpoint endpoint;

    @Test
    void aClientThatSpentItsBudgetOnTheApiIsRefusedThereAndAtTheEndpointButGetsCachedAnswers() throws Exception {
        assertThat(api("/api/priorities").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = api("/api/programmes");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        String retryAfter = refused.headers().firstValue("Retry-After").orElseThrow();
        assertThat(Long.parseLong(retryAfter)).isPositive();
        assertThat(refused.body()).contains("\"status\" : 429").contains("Retry after " + retryAfter + " s");

        String ask = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> atTheEndpoint =
                get(endpoint.queryUrl().replace("localhost", "127.0.0.1") + "?query=" + ask);
        assertThat(atTheEndpoint.statusCode())
                .as("the same client's account, at the SPARQL endpoint")
                .isEqualTo(429);
        assertThat(atTheEndpoint.headers().firstValue("Retry-After")).isPresent();
        // Actuator's scrape is not under /api: the operator still sees the refusals, counted by status.
        String metrics =
                get("http://127.0.0.1:" + port + "/actuator/prometheus").body();
        assertThat(metrics).containsPattern("ias_sparql_requests_seconds_count\\{[^}]*status=\"429\"");

        assertThat(api("/api/priorities").statusCode())
                .as("an answer replayed from the site's cache costs nothing and is served")
                .isEqualTo(200);
    }

    private HttpResponse<String> api(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
