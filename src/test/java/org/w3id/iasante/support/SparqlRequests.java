package org.w3id.iasante.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The HTTP requests the endpoint tests send, written once: a query as a POST body, and Basic credentials. */
public final class SparqlRequests {

    private SparqlRequests() {}

    /** {@code sparql} POSTed to {@code queryUrl} as {@code application/sparql-query}, asking for {@code accept}. */
    public static HttpRequest query(String queryUrl, String sparql, String accept) {
        return HttpRequest.newBuilder(URI.create(queryUrl))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(sparql))
                .timeout(Duration.ofSeconds(60))
                .build();
    }

    /** The {@code Authorization} value for {@code credentials} ({@code user:password}). */
    public static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
