package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Per-client fairness: a client that spends its query time, or runs too many queries at once, is
 * told 429 with when to come back, and every other client is served as before.
 */
class ClientBudgetTests {

    private final AtomicLong now = new AtomicLong();
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return now.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void aClientThatSpentItsMinuteIsToldWhenToRetryWhileAnotherIsServed() throws Exception {
        ClientBudget budget = new ClientBudget(Duration.ofSeconds(10), 0, clock);
        // One question that takes 25 s of the server's time: more than the budget, so it is in debt.
        assertThat(ask(budget, "203.0.113.5", Duration.ofSeconds(25)).getStatus())
                .isEqualTo(200);

        MockHttpServletResponse refused = ask(budget, "203.0.113.5", Duration.ofMillis(10));
        assertThat(refused.getStatus()).isEqualTo(429);
        // 15 s of debt, refilled at 10 s a minute: 90 s until one millisecond is available again.
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(89L, 91L);
        assertThat(refused.getContentAsString())
                .contains("10 s of query time per minute")
                .contains("Retry after " + refused.getHeader("Retry-After") + " s")
                .doesNotContain("Exception");

        assertThat(ask(budget, "198.51.100.7", Duration.ofMillis(10)).getStatus())
                .as("another address keeps its whole budget")
                .isEqualTo(200);

        now.addAndGet(TimeUnit.SECONDS.toNanos(91));
        assertThat(ask(budget, "203.0.113.5", Duration.ofMillis(10)).getStatus())
                .as("served again once the refill has covered the debt")
                .isEqualTo(200);
    }

    @Test
    void aRefusalCostsTheClientNothingFurther() throws Exception {
        ClientBudget budget = new ClientBudget(Duration.ofSeconds(1), 0, clock);
        ask(budget, "203.0.113.5", Duration.ofSeconds(2));
        String first = ask(budget, "203.0.113.5", Duration.ZERO).getHeader("Retry-After");
        for (int i = 0; i < 50; i++) ask(budget, "203.0.113.5", Duration.ofSeconds(5));
        assertThat(ask(budget, "203.0.113.5", Duration.ZERO).getHeader("Retry-After"))
                .as("refused requests are not charged: hammering does not push the retry further away")
                .isEqualTo(first);
    }

    @Test
    void aClientWithTooManyQueriesRunningIsRefusedTheNextOneOnly() throws Exception {
        ClientBudget budget = new ClientBudget(Duration.ZERO, 2, clock);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2);
        FilterChain slow = (request, response) -> {
            running.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread[] held = new Thread[2];
        for (int i = 0; i < held.length; i++) {
            held[i] = new Thread(() -> {
                try {
                    budget.doFilter(request("203.0.113.5"), new MockHttpServletResponse(), slow);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            held[i].start();
        }
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse third = ask(budget, "203.0.113.5", Duration.ZERO);
        assertThat(third.getStatus()).isEqualTo(429);
        assertThat(third.getHeader("Retry-After")).isEqualTo("1");
        assertThat(third.getContentAsString()).contains("at most 2 run at a time");
        assertThat(ask(budget, "198.51.100.7", Duration.ZERO).getStatus()).isEqualTo(200);

        release.countDown();
        for (Thread thread : held) thread.join(10_000);
        assertThat(ask(budget, "203.0.113.5", Duration.ZERO).getStatus())
                .as("once its queries end, the client is served")
                .isEqualTo(200);
    }

    @Test
    void withNeitherLimitSetTheEndpointInstallsNoBudget() {
        assertThat(new ClientBudget(Duration.ZERO, 0).limits()).isFalse();
        assertThat(new ClientBudget(Duration.ofSeconds(60), 0).limits()).isTrue();
        assertThat(new ClientBudget(Duration.ZERO, 5).limits()).isTrue();
    }

    @Test
    void theEndpointAnswers429WithRetryAfterOnceAClientHasSpentItsBudget(@TempDir Path folder) throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(folder);
                SparqlEndpoint endpoint = SparqlEndpoint.start(
                        store,
                        EndpointProperties.of(Map.of(
                                "port", "0",
                                "loopback-only", "true",
                                "cached-rows", "0",
                                // The smallest budget: the first request, charged at least 1 ms, spends it.
                                "client-query-time-per-minute", "1ms")))) {
            HttpClient http = HttpClient.newHttpClient();
            URI ask = URI.create(endpoint.queryUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
            assertThat(http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> refused =
                    http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(429);
            // The first request's time, past 1 ms, is a debt refilled at 1 ms a minute: a long wait, said.
            String retryAfter = refused.headers().firstValue("Retry-After").orElseThrow();
            assertThat(Long.parseLong(retryAfter)).isPositive();
            assertThat(refused.body()).contains("Retry after " + retryAfter + " s");
            assertThat(refused.body()).contains("1 ms of query time per minute");
        }
    }

    private MockHttpServletResponse ask(ClientBudget budget, String address, Duration takes) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        budget.doFilter(request(address), response, (request, answer) -> now.addAndGet(takes.toNanos()));
        return response;
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ia-sante/sparql");
        request.setRemoteAddr(address);
        return request;
    }
}
