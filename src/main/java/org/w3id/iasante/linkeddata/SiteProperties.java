package org.w3id.iasante.linkeddata;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

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
@Validated
public record SiteProperties(
        @DefaultValue("https://w3id.org/ia-sante/") @NotBlank
        String baseIri,

        @DefaultValue("") String sparqlEndpoint,
        @DefaultValue("128MB") DataSize cachedBytes,
        @DefaultValue("") String baseUrl) {

    public SiteProperties {
        // Paths are appended to the base as they are: it ends with a slash whichever way it is written.
        if (!baseIri.isBlank() && !baseIri.endsWith("/")) baseIri = baseIri + "/";
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    @AssertTrue(message = "ias.site.cached-bytes must be 0 or more")
    public boolean isCachedBytesZeroOrMore() {
        return !cachedBytes.isNegative();
    }
}
