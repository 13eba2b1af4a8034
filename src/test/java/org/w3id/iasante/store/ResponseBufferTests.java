package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each answer is written through a buffer Jetty's pool reuses. Stock Fuseki's 5 MB response
 * buffer is larger than the pool keeps, so every answer, even {@code ASK {}}, allocated and zeroed
 * 5 MB of direct memory: ≈ 20 ms per query, and resident memory growing until a GC.
 */
class ResponseBufferTests {

    @TempDir
    Path store;

    @Test
    void smallAnswersDoNotEachAllocateAFreshMultiMegabyteBuffer() throws Exception {
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .findFirst()
                .orElseThrow();
        EndpointProperties properties = EndpointProperties.of(Map.of(
                "port", "0", "loopback-only", "true", "query-timeout", "30s", "max-rows", "1000", "cached-rows", "0"));
        HttpClient http = HttpClient.newHttpClient();
        try (EmbeddedStore opened = EmbeddedStore.open(store);
                SparqlEndpoint endpoint = SparqlEndpoint.start(opened, properties)) {
            HttpRequest ask = HttpRequest.newBuilder(URI.create(
                            endpoint.queryUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                    .build();
            // The pool fills on the first answers; from then on, answers reuse its buffers.
            for (int i = 0; i < 5; i++) http.send(ask, HttpResponse.BodyHandlers.ofString());
            long before = direct.getTotalCapacity();
            long mostAllocated = 0;
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> answer = http.send(ask, HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                // The most seen, not the last: a GC in between would hide buffers allocated then freed.
                mostAllocated = Math.max(mostAllocated, direct.getTotalCapacity() - before);
            }
            assertThat(mostAllocated)
                    .as("direct memory allocated over 20 answers of ASK {}")
                    .isLessThan(1024 * 1024);
        }
    }
}
