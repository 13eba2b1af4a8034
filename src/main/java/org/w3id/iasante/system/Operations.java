package org.w3id.iasante.system;

import io.micrometer.core.instrument.binder.MeterBinder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.store.SparqlEndpoint;

/**
 * What an operator watches, on the site's port through Spring Boot Actuator (only {@code health},
 * its liveness and readiness groups, and {@code prometheus} are exposed; application.yml): the
 * graph can be read, our SPARQL endpoint answers, and the endpoint's meters.
 */
@Configuration(proxyBeanMethods = false)
class Operations {

    /** Long enough for a loaded machine, short enough for a probe's own timeout (Kubernetes: 1 s by default). */
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(900);

    /** The store (or the remote engine) answers: its data version is read (a failure is DOWN, Boot's way). */
    @Bean
    HealthIndicator graphHealthIndicator(RoadmapGraph graph) {
        return new AbstractHealthIndicator() {
            @Override
            protected void doHealthCheck(Health.Builder health) {
                graph.dataVersion();
                health.up();
            }
        };
    }

    /** Our Fuseki answers {@code ASK {}} over loopback, as a client would ask it (embedded store only). */
    @Bean
    HealthIndicator sparqlEndpointHealthIndicator(ObjectProvider<SparqlEndpoint> endpoint) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        return new AbstractHealthIndicator() {
            @Override
            protected void doHealthCheck(Health.Builder health) throws Exception {
                SparqlEndpoint own = endpoint.getIfAvailable();
                if (own == null) {
                    health.unknown().withDetail("reason", "no SPARQL endpoint of our own (remote profile)");
                    return;
                }
                HttpRequest ask = HttpRequest.newBuilder(URI.create(
                                own.queryUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                        .timeout(PROBE_TIMEOUT)
                        .build();
                int status =
                        client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode();
                (status == 200 ? health.up() : health.down()).withDetail("status", status);
            }
        };
    }

    /** The endpoint's requests, result cache and store size, in the site's registry (Prometheus). */
    @Bean
    MeterBinder sparqlEndpointMetrics(ObjectProvider<SparqlEndpoint> endpoint) {
        return registry -> endpoint.ifAvailable(own -> own.metrics().bindTo(registry));
    }
}
