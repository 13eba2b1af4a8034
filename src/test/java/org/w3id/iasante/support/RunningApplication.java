package org.w3id.iasante.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP against the application started by a {@code @SpringBootTest}, with timeouts and no redirects followed. */
public final class RunningApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final int port;

    public RunningApplication(int port) {
        this.port = port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        return send("GET", path, headers, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
        return send("GET", path, headers, HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> head(String path, Map<String, String> headers) {
        return send("HEAD", path, headers, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(
            String method, String path, Map<String, String> headers, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
