package org.w3id.iasante.linkeddata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the linked-data site is.
 *
 * @param baseIri the persistent base of the graph's IRIs; request paths are mapped onto it, so the
 *     same data serves behind any host ({@code https://w3id.org/ia-sante/id/x} ↔ {@code /id/x})
 * @param sparqlEndpoint the public URL of the SPARQL endpoint for the editor and links; empty: the
 *     application's own Fuseki endpoint (or the remote one)
 * @param cachedBytes how much of the site's answers is kept for repeated reads of unchanged data
 *     (0: none)
 * @param baseUrl the site's public address ({@code https://ia-sante.example.org}), against which the
 *     absolute links it writes (the dumps' download URLs) are made, never against a request's
 *     {@code Host}; empty: {@code http://localhost:} and the port the site listens on
 */
@ConfigurationProperties("ias.site")
public record SiteProperties(String baseIri, String sparqlEndpoint, DataSize cachedBytes, String baseUrl) {

    public SiteProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        if (cachedBytes == null) cachedBytes = DataSize.ofMegabytes(128);
        if (cachedBytes.isNegative())
            throw new IllegalArgumentException("ias.site.cached-bytes must be 0 or more, not " + cachedBytes);
        if (baseIri == null || baseIri.isBlank()) baseIri = "https://w3id.org/ia-sante/";
        if (!baseIri.endsWith("/")) baseIri = baseIri + "/";
    }
}
