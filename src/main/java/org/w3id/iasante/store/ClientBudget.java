package org.w3id.iasante.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Per-client fairness, as public SPARQL services do it (Wikidata's query service: a budget of query
 * time per client per minute, 429 with {@code Retry-After} once it is spent): each client address
 * has {@code timePerMinute} of server time, refilled as the minute passes, and at most
 * {@code concurrent} requests at once. A request is charged what it took when it ends, so one long
 * question can overdraw the budget; the client then waits until the refill covers the debt. One
 * client's burst leaves every other client's budget as it was.
 *
 * <p>A client is its address as the server sees it: behind a reverse proxy every request comes from
 * the proxy, so limit there (or give each client its own address). Addresses not seen for two
 * minutes are forgotten (their budget is whole again by then); at most {@link #CLIENTS} are held.
 */
public final class ClientBudget implements Filter {

    /** The most client addresses tracked at once; beyond, those least recently seen are forgotten. */
    static final int CLIENTS = 100_000;

    private final Duration timePerMinute;
    private final int concurrent;
    private final TimeMeter clock;
    private final Cache<String, Account> accounts = Caffeine.newBuilder()
            .executor(Runnable::run)
            .maximumSize(CLIENTS)
            .expireAfterAccess(Duration.ofMinutes(2))
            .build();

    /**
     * @param timePerMinute server time each client may use per minute; zero: no time budget
     * @param concurrent requests a client may have running at once; zero: no such limit
     */
    public ClientBudget(Duration timePerMinute, int concurrent) {
        this(timePerMinute, concurrent, TimeMeter.SYSTEM_NANOTIME);
    }

    /** The budget the endpoint's settings ({@code ias.sparql.client-*}) give. */
    public static ClientBudget of(EndpointProperties properties) {
        return new ClientBudget(properties.clientQueryTimePerMinute(), properties.clientConcurrentQueries());
    }

    ClientBudget(Duration timePerMinute, int concurrent, TimeMeter clock) {
        this.timePerMinute = timePerMinute;
        this.concurrent = concurrent;
        this.clock = clock;
    }

    /** Whether either limit is set: with neither, the filter need not be installed at all. */
    public boolean limits() {
        return !timePerMinute.isZero() || concurrent > 0;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest asked) || !(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        Account account = accounts.get(request.getRemoteAddr(), client -> new Account());
        if (account.time != null) {
            EstimationProbe probe = account.time.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                long seconds =
                        Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
                refuse(
                        asked,
                        http,
                        seconds,
                        String.format(
                                Locale.ROOT,
                                "Too many queries from your address: each client has %s of query time per minute"
                                        + " here, and yours is spent. Retry after %d s, or ask lighter questions (LIMIT, more"
                                        + " specific patterns).",
                                describe(timePerMinute),
                                seconds));
                return;
            }
        }
        if (concurrent > 0 && account.running.incrementAndGet() > concurrent) {
            account.running.decrementAndGet();
            refuse(
                    asked,
                    http,
                    1,
                    "Too many queries from your address at once: at most " + concurrent
                            + " run at a time per client here. Wait for one to end, then retry.");
            return;
        }
        long started = clock.currentTimeNanos();
        try {
            chain.doFilter(request, response);
        } finally {
            if (concurrent > 0) account.running.decrementAndGet();
            if (account.time != null) {
                long tookMillis = TimeUnit.NANOSECONDS.toMillis(clock.currentTimeNanos() - started);
                account.time.consumeIgnoringRateLimits(Math.max(1, tookMillis));
            }
        }
    }

    /** 429 with when to retry; as RFC 9457 problem details to a client asking for JSON, else as text. */
    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, String message)
            throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        String accept = request.getHeader("Accept");
        String body;
        if (accept != null && accept.contains("json")) {
            JsonObject problem = new JsonObject();
            problem.put("type", "about:blank");
            problem.put("title", "Too Many Requests");
            problem.put("status", 429);
            problem.put("detail", message);
            response.setContentType("application/problem+json");
            body = problem.toString();
        } else {
            response.setContentType("text/plain;charset=utf-8");
            body = message + "\n";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** One client's budget: milliseconds of server time (a token bucket) and requests running now. */
    private final class Account {
        private final Bucket time = timePerMinute.isZero()
                ? null
                : Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(timePerMinute.toMillis())
                                .refillGreedy(timePerMinute.toMillis(), Duration.ofMinutes(1))
                                .build())
                        .withCustomTimePrecision(clock)
                        .build();
        private final AtomicInteger running = new AtomicInteger();
    }
}
