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
 */
@ConfigurationProperties("ias.site")
public record SiteProperties(String baseIri, String sparqlEndpoint, DataSize cachedBytes) {

    public SiteProperties {
        if (cachedBytes == null) cachedBytes = DataSize.ofMegabytes(128);
        if (cachedBytes.isNegative())
            throw new IllegalArgumentException("ias.site.cached-bytes must be 0 or more, not " + cachedBytes);
        if (baseIri == null || baseIri.isBlank()) baseIri = "https://w3id.org/ia-sante/";
        if (!baseIri.endsWith("/")) baseIri = baseIri + "/";
    }
}
