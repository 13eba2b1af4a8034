package org.w3id.iasante.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the SPARQL endpoint has done, as Micrometer meters (which the site exports in Prometheus's
 * format): every request timed by operation and status ({@code ias.sparql.requests}, a histogram,
 * so 503 is a timeout, 413/422 a refused size, 400 a refused query), the result cache's hits and
 * misses, and the store's size on disk. The endpoint lives in the graph's context, before the
 * site's registry exists: it records nothing until {@link #bindTo} gives it one.
 */
public final class EndpointMetrics implements MeterBinder {

    private final Path storeFolder;
    private final ResultCache cache;
    /** The request timer, given its tags per request; null until the site's registry is bound. */
    private volatile Meter.MeterProvider<Timer> requests;

    EndpointMetrics(Path storeFolder, ResultCache cache) {
        this.storeFolder = storeFolder;
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("ias.sparql.cache.hits", cache, ResultCache::hits)
                .description("Questions answered from the result cache")
                .register(registry);
        FunctionCounter.builder("ias.sparql.cache.misses", cache, ResultCache::misses)
                .description("Questions the result cache could have kept but did not hold")
                .register(registry);
        if (storeFolder != null) {
            Gauge.builder("ias.store.size", this, EndpointMetrics::storeBytes)
                    .description("Bytes of the TDB2 database on disk")
                    .baseUnit("bytes")
                    .register(registry);
        }
        this.requests = Timer.builder("ias.sparql.requests")
                .description("Requests to the SPARQL endpoint")
                .publishPercentileHistogram()
                .withRegistry(registry);
    }

    /** Times every request to the endpoint's dataset, whatever the answer. */
    Filter requestTimer() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    record(request, response, System.nanoTime() - start);
                }
            }
        };
    }

    private void record(ServletRequest request, ServletResponse response, long nanos) {
        Meter.MeterProvider<Timer> timer = requests;
        if (timer == null || !(request instanceof HttpServletRequest http)) return;
        int status = response instanceof HttpServletResponse answer ? answer.getStatus() : 0;
        timer.withTags("operation", operation(http.getRequestURI()), "status", Integer.toString(status))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The operation a path names (its last segment), from the endpoint's own few: never a client's text. */
    private static String operation(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return switch (last) {
            case "sparql", "query", "get", "update", "data" -> last;
            default -> "other";
        };
    }

    private double storeBytes() {
        try (Stream<Path> files = Files.walk(storeFolder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException gone) {
                            return 0; // removed while counted (a compaction, say)
                        }
                    })
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return Double.NaN;
        }
    }
}
