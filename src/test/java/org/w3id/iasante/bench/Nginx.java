package org.w3id.iasante.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * nginx (Debian's package) serving, from disk, the bytes our site served for a few pages: the
 * reference for "reads that repeat". Same two worker processes as this machine's two cores.
 * nginx cannot bind port 0 and say which port it got, so it tries a port and, when that one is
 * taken, another.
 */
final class Nginx implements AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");

    /** Below Linux's ephemeral range (32768–60999), so that no client's outgoing connection holds one. */
    static final int FIRST_PORT = 20_000;

    static final int LAST_PORT = 32_767;
    static final int BIND_ATTEMPTS = 5;
    private static final Random PORTS = new Random();

    private static final String CONFIG = """
            worker_processes 2;
            daemon off;
            user root;
            pid %1$s/nginx.pid;
            error_log %1$s/logs/error.log;
            events { worker_connections 1024; }
            http {
              access_log off;
              sendfile on;
              keepalive_timeout 65;
              etag on;
              client_body_temp_path %1$s/client_body;
              proxy_temp_path %1$s/proxy;
              fastcgi_temp_path %1$s/fastcgi;
              uwsgi_temp_path %1$s/uwsgi;
              scgi_temp_path %1$s/scgi;
              server {
                listen 127.0.0.1:%2$d;
            %3$s  }
            }
            """;

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(NGINX);
    }

    /** Fetches each page (path, media type) from {@code site} and serves the same bytes at the same path. */
    static Nginx serving(String site, List<String[]> pages, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder.resolve("www"));
        Files.createDirectories(folder.resolve("logs"));
        HttpClient http = HttpClient.newHttpClient();
        StringBuilder locations = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String[] page = pages.get(i);
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(site + page[0]))
                            .header("Accept", page[1])
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200)
                throw new IllegalStateException(page[0] + " answered " + response.statusCode());
            Path file = folder.resolve("www/page" + i);
            Files.write(file, response.body());
            locations
                    .append("    location = ")
                    .append(page[0])
                    .append(" { alias ")
                    .append(file)
                    .append("; default_type \"")
                    .append(response.headers().firstValue("Content-Type").orElse(page[1]))
                    .append("\"; }\n");
        }
        String taken = "";
        for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
            int port = PORTS.nextInt(FIRST_PORT, LAST_PORT + 1);
            Files.writeString(folder.resolve("nginx.conf"), CONFIG.formatted(folder, port, locations));
            Files.deleteIfExists(folder.resolve("logs/error.log"));
            Process process = new ProcessBuilder(
                            NGINX.toString(),
                            "-p",
                            folder.toString(),
                            "-c",
                            folder.resolve("nginx.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("logs/out.log").toFile())
                    .start();
            Nginx nginx = new Nginx(process, port);
            if (nginx.answers(http, pages.get(0)[0])) return nginx;
            nginx.close();
            String errors = Files.isRegularFile(folder.resolve("logs/error.log"))
                    ? Files.readString(folder.resolve("logs/error.log"))
                    : "";
            if (!errors.contains("Address already in use"))
                throw new IllegalStateException("nginx did not start; see " + folder.resolve("logs"));
            taken += errors;
        }
        throw new IllegalStateException(BIND_ATTEMPTS + " ports tried, all taken:\n" + taken);
    }

    /** Whether nginx answers {@code path} with a 200 before it exits (as on a bind failure) or 20 s pass. */
    private boolean answers(HttpClient http, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url() + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return true;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
