package org.w3id.iasante.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.support.StaticApplicationContext;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.store.EndpointProperties;
import org.w3id.iasante.store.GraphUnavailableException;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.support.RunningApplication;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/**
 * What an operator sees on the site's port: health with its liveness and readiness groups, the
 * endpoint's meters in Prometheus's format, and nothing else of Spring Boot Actuator.
 */
@TemporaryStoreApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

    @LocalServerPort
    int port;

    @Autowired
    SparqlEndpoint endpoint;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthAndItsProbesAreUpWhileTheStoreAndTheEndpointAnswer(String path) {
        HttpResponse<String> response = site().get(path, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/actuator",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/metrics",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/loggers",
                "/actuator/mappings",
                "/actuator/shutdown"
            })
    void nothingElseOfActuatorIsExposed(String path) {
        assertThat(site().get(path, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theEndpointsRequestsAreCountedByStatusWithTheCacheAndTheStoreSize() {
        double refusedBefore = count(scrape(), "ias_sparql_requests_seconds_count", "status=\"400\"");
        double answeredBefore = count(scrape(), "ias_sparql_requests_seconds_count", "status=\"200\"");

        assertThat(site().get(endpoint.queryUrl() + "?query=" + encode("SELEC nothing"), Map.of())
                        .statusCode())
                .isEqualTo(400);
        assertThat(site().get(endpoint.queryUrl() + "?query=" + encode("ASK { ?s ?p ?o }"), Map.of())
                        .statusCode())
                .isEqualTo(200);
        String metrics = scrape();

        assertThat(count(metrics, "ias_sparql_requests_seconds_count", "status=\"400\""))
                .isGreaterThanOrEqualTo(refusedBefore + 1);
        assertThat(count(metrics, "ias_sparql_requests_seconds_count", "status=\"200\""))
                .isGreaterThanOrEqualTo(answeredBefore + 1);
        assertThat(metrics)
                .contains("ias_sparql_requests_seconds_bucket{operation=\"sparql\",status=\"200\",le=")
                .contains("ias_sparql_cache_hits_total", "ias_sparql_cache_misses_total")
                .contains("http_server_requests_seconds_count");
        assertThat(count(metrics, "ias_store_size_bytes", "")).isPositive();
    }

    @Test
    void everyRequestToTheSiteAndTheEndpointIsOneLineOfTheAccessLogsWhateverItsAnswer(CapturedOutput output)
            throws InterruptedException {
        String missing = "/no-such-page-" + System.nanoTime();
        // The build keeps them quiet (a line per request of every test); as the application is run, they write.
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        List<String> loggers = List.of(SiteAccessLog.LOGGER, SparqlEndpoint.ACCESS_LOGGER);
        Map<String, LogLevel> before = new HashMap<>();
        for (String logger : loggers) {
            LoggerConfiguration configured = logging.getLoggerConfiguration(logger);
            before.put(logger, configured == null ? null : configured.getConfiguredLevel());
            logging.setLogLevel(logger, LogLevel.INFO);
        }
        try {
            site().get(missing, Map.of());
            site().get(endpoint.queryUrl() + "?query=" + encode("ASK {}"), Map.of());
            site().get(endpoint.datasetUrl() + missing, Map.of());
            // The servers write the line once the answer is sent, after the client has it.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            List<String> written = List.of(
                    "\"GET " + missing + " HTTP/1.1\" 404",
                    "\"GET /ia-sante/sparql?query=ASK+%7B%7D HTTP/1.1\" 200",
                    "\"GET /ia-sante" + missing + " HTTP/1.1\" 404");
            while (System.nanoTime() < deadline && !written.stream().allMatch(output.getOut()::contains)) {
                Thread.sleep(50);
            }
        } finally {
            before.forEach(logging::setLogLevel);
        }

        assertThat(output.getOut().lines().filter(line -> line.contains(SiteAccessLog.LOGGER)))
                .anySatisfy(line ->
                        assertThat(line).containsPattern("\"GET " + missing + " HTTP/1.1\" 404 \\d+ B \\d+ ms"));
        assertThat(output.getOut().lines().filter(line -> line.contains(SparqlEndpoint.ACCESS_LOGGER)))
                .anySatisfy(line -> assertThat(line)
                        .containsPattern("\"GET /ia-sante/sparql\\?query=ASK\\+%7B%7D HTTP/1.1\" 200 \\d+ B \\d+ ms"))
                .anySatisfy(line -> assertThat(line).contains("\"GET /ia-sante" + missing + " HTTP/1.1\" 404"));
    }

    @Test
    void theGraphIsDownWhenItsStoreCannotBeRead() {
        RoadmapGraph broken = mock(RoadmapGraph.class);
        when(broken.dataVersion()).thenThrow(new GraphUnavailableException("the engine is gone", null));

        assertThat(new Operations().graphHealthIndicator(broken).health(true).getStatus())
                .isEqualTo(Status.DOWN);
    }

    @Test
    void theEndpointIsDownWhenItDoesNotAnswer(@TempDir Path folder) {
        // Its port is taken but it does not serve: a client's ASK waits, and the probe gives up.
        try (EmbeddedStore store = EmbeddedStore.open(folder);
                SparqlEndpoint silent = SparqlEndpoint.over(
                        store, EndpointProperties.of(Map.of("port", "0", "loopback-only", "true")))) {
            StaticApplicationContext context = new StaticApplicationContext();
            context.getBeanFactory().registerSingleton("endpoint", silent);
            ObjectProvider<SparqlEndpoint> provider = context.getBeanProvider(SparqlEndpoint.class);

            assertThat(new Operations()
                            .sparqlEndpointHealthIndicator(provider)
                            .health(true)
                            .getStatus())
                    .isEqualTo(Status.DOWN);
        }
    }

    private RunningApplication site() {
        return new RunningApplication(port);
    }

    private String scrape() {
        HttpResponse<String> response = site().get("/actuator/prometheus", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sum of a metric's samples whose labels contain {@code label}. */
    private static double count(String metrics, String name, String label) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$")
                .matcher(metrics);
        double sum = 0;
        while (sample.find()) {
            if (sample.group(1) == null ? label.isEmpty() : sample.group(1).contains(label))
                sum += Double.parseDouble(sample.group(2));
        }
        return sum;
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
