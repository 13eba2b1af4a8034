package org.w3id.iasante.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server started in this JVM from the very arguments {@link ServerProcess} gives its process,
 * for the smoke run: a second of start instead of a new JVM's several. Each reports the port it
 * bound through its own API (Fuseki's, Spring's).
 */
final class InProcessServer implements Server {

    private final AutoCloseable stop;
    private final Started started;

    private InProcessServer(AutoCloseable stop, String queryUrl, String siteUrl, Duration startToFirstAnswer) {
        this.stop = stop;
        this.started = new Started(queryUrl, siteUrl, startToFirstAnswer);
    }

    static InProcessServer start(Kind kind, Path store, Path knowledge, List<String> settings) {
        List<String> command = Launch.server(kind, store, knowledge, settings);
        List<String> arguments = command.subList(1, command.size());
        long start = System.nanoTime();
        if (kind == Kind.OURS) {
            ConfigurableApplicationContext context = Launch.startOursHere(arguments);
            String queryUrl = Launch.oursQueryUrl(context);
            return new InProcessServer(
                    context::close, queryUrl, Launch.oursSiteUrl(context), firstAnswer(queryUrl, start));
        }
        FusekiServer fuseki = Launch.startStockHere(arguments);
        String queryUrl = "http://localhost:" + fuseki.getHttpPort() + "/" + Launch.DATASET + "/sparql";
        List<DatasetGraph> datasets = fuseki.getDataAccessPointRegistry().accessPoints().stream()
                .map(point -> point.getDataService().getDataset())
                .toList();
        return new InProcessServer(
                () -> {
                    fuseki.stop();
                    // Fuseki leaves its TDB2 database open: let it go, as its process's exit would.
                    datasets.forEach(TDBInternal::expel);
                },
                queryUrl,
                null,
                firstAnswer(queryUrl, start));
    }

    private static Duration firstAnswer(String queryUrl, long start) {
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            queryUrl + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200)
                throw new IllegalStateException(queryUrl + " answered " + answer.statusCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public Started started() {
        return started;
    }

    /** This JVM's, which runs the tests as well: a figure that proves the code path, not a size. */
    @Override
    public long peakMemoryMiB() {
        return Server.peakMemoryMiB(ProcessHandle.current().pid());
    }

    @Override
    public void close() {
        try {
            stop.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop " + started.queryUrl(), e);
        }
    }
}
