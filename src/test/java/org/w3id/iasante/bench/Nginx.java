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
import java.util.concurrent.TimeUnit;

/**
 * nginx (Debian's package) serving, from disk, the bytes our site served for a few pages: the
 * reference for "reads that repeat". Same two worker processes as this machine's two cores.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
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
        int port = ServerProcess.freePort();
        String config = """
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
                """.formatted(folder, port, locations);
        Files.writeString(folder.resolve("nginx.conf"), config);
        Process process = new ProcessBuilder(
                        "/usr/sbin/nginx",
                        "-p",
                        folder.toString(),
                        "-c",
                        folder.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("logs/out.log").toFile())
                .start();
        Nginx nginx = new Nginx(process, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(nginx.url() + pages.get(0)[0]))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return nginx;
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        nginx.close();
        throw new IllegalStateException("nginx did not start; see " + folder.resolve("logs"));
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
