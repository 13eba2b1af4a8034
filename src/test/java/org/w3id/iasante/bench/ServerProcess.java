package org.w3id.iasante.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL server in a process of its own, ours or stock Fuseki, over a TDB2 folder, with the same
 * JVM options: started cold, timed to its first answer, measured for peak memory. It binds port 0
 * and the port it got is read from its log, so no number is picked here and lost to a neighbour.
 */
public final class ServerProcess implements Server {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final Process process;
    private final Started started;

    private ServerProcess(Process process, String queryUrl, String siteUrl, Duration startToFirstAnswer) {
        this.process = process;
        this.started = new Started(queryUrl, siteUrl, startToFirstAnswer);
    }

    public static ServerProcess start(Kind kind, Path store, Path knowledge, Path log) {
        return start(kind, store, knowledge, log, List.of());
    }

    /** With {@code settings} added to ours ({@code --ias.sparql.cached-rows=0}…). */
    public static ServerProcess start(Kind kind, Path store, Path knowledge, Path log, List<String> settings) {
        List<String> command = new ArrayList<>(
                List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx4g", "-XX:+UseParallelGC"));
        command.addAll(Launch.classPath(kind));
        command.addAll(Launch.server(kind, store, knowledge, settings));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LOG4J_CONFIGURATION_FILE", "logback");
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String queryUrl = kind == Kind.OURS
                    ? awaitInLog(process, log, Launch.OURS_QUERY_URL)
                    : "http://localhost:" + awaitInLog(process, log, Launch.STOCK_PORT) + "/" + Launch.DATASET
                            + "/sparql";
            awaitFirstAnswer(process, queryUrl, log);
            Duration toFirstAnswer = Duration.ofNanos(System.nanoTime() - start);
            String siteUrl = null;
            if (kind == Kind.OURS) {
                // Ours answers SPARQL before its site has started; measure nothing else until it has
                // (Tomcat's line comes once the application context is up). Not by asking for the
                // home page: on a loaded machine and a large store its queries can take minutes.
                siteUrl = "http://localhost:" + awaitInLog(process, log, Launch.OURS_SITE_PORT);
            }
            return new ServerProcess(process, queryUrl, siteUrl, toFirstAnswer);
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
    }

    @Override
    public Started started() {
        return started;
    }

    @Override
    public long peakMemoryMiB() {
        return Server.peakMemoryMiB(process.pid());
    }

    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first group of {@code pattern} once the server writes it to its log (or it dies, or 5 minutes pass). */
    private static String awaitInLog(Process process, Path log, Pattern pattern) {
        return poll(process, log, () -> {
            Matcher matcher = pattern.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        });
    }

    private static void awaitFirstAnswer(Process process, String queryUrl, Path log) {
        awaitOk(process, URI.create(queryUrl + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)), log);
    }

    /** Polls {@code uri} until it answers 200 (or the process dies, or 5 minutes pass). */
    private static void awaitOk(Process process, URI uri, Path log) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        poll(process, log, () -> {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200 ? Optional.of(uri.toString()) : Optional.empty();
            } catch (IOException notYet) {
                return Optional.empty();
            }
        });
    }

    /** One look at whether the server got somewhere yet. */
    interface Look {
        Optional<String> take() throws IOException, InterruptedException;
    }

    private static String poll(Process process, Path log, Look look) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Optional<String> found = look.take();
                if (found.isPresent()) return found.get();
                if (!process.isAlive())
                    throw new IllegalStateException("The server exited (" + process.exitValue() + "); see " + log);
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Nothing within " + PATIENCE + "; see " + log);
    }
}
