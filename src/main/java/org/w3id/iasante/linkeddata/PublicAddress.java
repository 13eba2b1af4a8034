package org.w3id.iasante.linkeddata;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The site's public address, against which the dataset's absolute links are made: configured
 * ({@code ias.site.base-url}), else this server on localhost. Never a request's {@code Host}: an
 * answer made from it would be kept by the response cache and served to everyone else.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final Environment environment;

    public PublicAddress(SiteProperties site, Environment environment) {
        this.configured = site.baseUrl();
        this.environment = environment;
    }

    /** E.g. {@code http://localhost:8080}, without a trailing slash. */
    public String url() {
        if (!configured.isEmpty()) return configured;
        // The port the server listens on, known once it has started (0 in server.port picks one).
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
