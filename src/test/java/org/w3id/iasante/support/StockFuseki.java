package org.w3id.iasante.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;
import org.w3id.iasante.store.EmbeddedStore;

/**
 * A second, independent SPARQL server: stock Apache Jena Fuseki (its own command, in its own
 * process) over a copy of the repository's knowledge in TDB2, with the union default graph and
 * a 10 s server timeout. Started once for the test run and stopped when the JVM exits.
 */
public final class StockFuseki {

    private static StockFuseki running;

    private final Process process;
    private final String queryUrl;

    private StockFuseki(Process process, String queryUrl) {
        this.process = process;
        this.queryUrl = queryUrl;
    }

    public static synchronized StockFuseki shared() {
        if (running == null) running = start();
        return running;
    }

    public String queryUrl() {
        return queryUrl;
    }

    /** A port nothing listens on (for "unreachable endpoint" tests). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StockFuseki start() {
        try {
            Path folder = Files.createTempDirectory("ias-stock-fuseki");
            try (EmbeddedStore store = EmbeddedStore.open(folder.resolve("tdb2"))) {
                store.sync(KnowledgeFolder.copyOfRepository(folder.resolve("knowledge"))
                        .files());
            }
            int port = closedPort();
            List<String> command = List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                    "--localhost",
                    "--port=" + port,
                    "--timeout=10000",
                    "--tdb2",
                    "--loc=" + folder.resolve("tdb2"),
                    "--set",
                    "tdb:unionDefaultGraph=true",
                    "/ds");
            ProcessBuilder builder = new ProcessBuilder(command);
            // Fuseki sets up log4j2 unless told a setup exists; this classpath logs through logback.
            builder.environment().put("LOG4J_CONFIGURATION_FILE", "logback");
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(folder.resolve("fuseki.log").toFile())
                    .start();
            StockFuseki fuseki = new StockFuseki(process, "http://localhost:" + port + "/ds/sparql");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.destroy();
                FileSystemUtils.deleteRecursively(folder.toFile());
            }));
            fuseki.awaitReady(folder.resolve("fuseki.log"));
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Path log) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Stock Fuseki exited:\n" + Files.readString(log));
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(queryUrl + "?query=ASK%7B%7D"))
                                .timeout(Duration.ofSeconds(2))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) return;
            } catch (IOException notYet) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Stock Fuseki did not answer within 60 s:\n" + Files.readString(log));
    }
}
