package org.w3id.iasante.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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

/**
 * A SPARQL server in a process of its own, ours or stock Fuseki, over a TDB2 folder, with the same
 * JVM options: started cold, timed to its first answer, measured for peak memory.
 */
public final class ServerProcess implements AutoCloseable {

    public enum Kind {
        /** This application (Spring Boot + Fuseki with our defaults, the site on another port). */
        OURS,
        /** Apache Jena Fuseki's own command, same version, union default graph, same timeout. */
        STOCK
    }

    private final Process process;
    private final String queryUrl;
    private final String siteUrl;
    final Duration startToFirstAnswer;

    private ServerProcess(Process process, String queryUrl, String siteUrl, Duration startToFirstAnswer) {
        this.process = process;
        this.queryUrl = queryUrl;
        this.siteUrl = siteUrl;
        this.startToFirstAnswer = startToFirstAnswer;
    }

    public static ServerProcess start(Kind kind, Path store, Path knowledge, Path log) {
        return start(kind, store, knowledge, log, List.of());
    }

    /** With {@code settings} added to ours ({@code --ias.sparql.cached-rows=0}…). */
    public static ServerProcess start(Kind kind, Path store, Path knowledge, Path log, List<String> settings) {
        int port = freePort();
        int sitePort = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx4g",
                "-XX:+UseParallelGC",
                "-cp",
                System.getProperty("java.class.path")));
        if (kind == Kind.OURS) {
            command.addAll(List.of(
                    "org.w3id.iasante.IaSanteApplication",
                    "--ias.store.location=" + store,
                    "--ias.knowledge.location=" + knowledge,
                    "--ias.sparql.port=" + port,
                    "--server.port=" + sitePort,
                    "--ias.sparql.loopback-only=true",
                    // Same bounds as the stock server's --timeout, and room for the largest catalogue answers.
                    "--ias.sparql.query-timeout=120s",
                    "--ias.sparql.max-rows=100000000",
                    "--logging.level.root=WARN"));
            command.addAll(settings);
        } else {
            command.addAll(List.of(
                    "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                    "--localhost",
                    "--port=" + port,
                    "--timeout=120000",
                    "--tdb2",
                    "--loc=" + store,
                    "--set",
                    "tdb:unionDefaultGraph=true",
                    "/ia-sante"));
        }
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
        String queryUrl = "http://localhost:" + port + "/ia-sante/sparql";
        awaitFirstAnswer(process, queryUrl, log);
        Duration toFirstAnswer = Duration.ofNanos(System.nanoTime() - start);
        // Ours answers SPARQL before its site has started; measure nothing else until it has.
        if (kind == Kind.OURS) awaitOk(process, URI.create("http://localhost:" + sitePort + "/"), log);
        return new ServerProcess(
                process, queryUrl, kind == Kind.OURS ? "http://localhost:" + sitePort : null, toFirstAnswer);
    }

    public String queryUrl() {
        return queryUrl;
    }

    /** The linked-data site (ours only). */
    String siteUrl() {
        return siteUrl;
    }

    /** The process's peak resident memory so far, in MiB (Linux /proc), or -1 when unknown. */
    long peakMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS))
                process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitFirstAnswer(Process process, String queryUrl, Path log) {
        awaitOk(process, URI.create(queryUrl + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)), log);
    }

    /** Polls {@code uri} until it answers 200 (or the process dies, or 5 minutes pass). */
    private static void awaitOk(Process process, URI ask, Path log) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("The server exited; see " + log);
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(ask)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return;
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No answer within 5 minutes; see " + log);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
