package org.w3id.iasante.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients, each sending whole HTTP requests one after another for a fixed time, from a
 * list (SPARQL queries sent to an endpoint, or plain GETs); reports throughput and latency percentiles.
 */
final class LoadGenerator {

    /** One request to repeat: a SPARQL query (POSTed as a form to the endpoint), or a URL to GET. */
    record Request(String name, String sparql, String url, String accept) {

        static Request query(String name, String sparql, boolean graphResult) {
            return new Request(name, sparql, null, graphResult ? "text/turtle" : "application/sparql-results+json");
        }

        static Request get(String name, String url, String accept) {
            return new Request(name, null, url, accept);
        }
    }

    /** What a run measured. */
    record Stats(long requests, long errors, double perSecond, double p50Millis, double p99Millis) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private LoadGenerator() {}

    static Stats run(String endpoint, List<Request> requests, int clients, Duration duration) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int offset = client;
            running.add(pool.submit(() -> {
                int next = offset;
                while (System.nanoTime() < end) {
                    Request request = requests.get(next++ % requests.size());
                    long sent = System.nanoTime();
                    if (send(endpoint, request)) latencies.add(System.nanoTime() - sent);
                    else errors.incrementAndGet();
                }
            }));
        }
        for (Future<?> client : running) {
            try {
                client.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Stats(
                sorted.size(),
                errors.get(),
                sorted.size() / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    /** The median latency of each request sent alone, {@code times} times, in milliseconds. */
    static double medianMillis(String endpoint, Request request, int times) {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long sent = System.nanoTime();
            if (!send(endpoint, request)) throw new IllegalStateException(request.name() + " failed at " + endpoint);
            latencies.add(System.nanoTime() - sent);
        }
        Collections.sort(latencies);
        return percentile(latencies, 0.5);
    }

    static boolean send(String endpoint, Request request) {
        HttpRequest.Builder builder;
        if (request.sparql() != null) {
            builder = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "query=" + URLEncoder.encode(request.sparql(), StandardCharsets.UTF_8)));
        } else {
            builder = HttpRequest.newBuilder(URI.create(request.url())).GET();
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(
                    builder.header("Accept", request.accept())
                            .timeout(Duration.ofSeconds(150))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(index, 0)) / 1e6;
    }
}
