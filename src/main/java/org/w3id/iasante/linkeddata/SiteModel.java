package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.rest.LanguageChoice;
import org.w3id.iasante.store.RemoteStoreProperties;
import org.w3id.iasante.store.SparqlEndpoint;

/** What every page shows: the reader's language, the site's links, where the SPARQL endpoint is. */
@ControllerAdvice(basePackageClasses = SiteModel.class)
public class SiteModel {

    private final SparqlEndpointUrl endpoint;
    private final SiteIris iris;

    SiteModel(SparqlEndpointUrl endpoint, SiteIris iris) {
        this.endpoint = endpoint;
        this.iris = iris;
    }

    @ModelAttribute("lang")
    String lang(HttpServletRequest request) {
        return LanguageChoice.of(request).tag();
    }

    @ModelAttribute("fr")
    boolean french(HttpServletRequest request) {
        return LanguageChoice.of(request) == Language.FR;
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** This very page in the other language (its other parameters kept). */
    @ModelAttribute("langSwitch")
    String langSwitch(HttpServletRequest request) {
        Language other = LanguageChoice.of(request).other();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", other.tag())
                .build()
                .toUriString();
    }

    @ModelAttribute("sparqlEndpoint")
    String sparqlEndpoint() {
        return endpoint.url();
    }

    @ModelAttribute("iris")
    SiteIris iris() {
        return iris;
    }

    /** The public SPARQL endpoint: configured, else our own Fuseki, else the remote store's. */
    @Component
    public static class SparqlEndpointUrl {

        private final String url;

        SparqlEndpointUrl(
                SiteProperties site, ObjectProvider<SparqlEndpoint> own, ObjectProvider<RemoteStoreProperties> remote) {
            if (site.sparqlEndpoint() != null && !site.sparqlEndpoint().isBlank()) {
                url = site.sparqlEndpoint();
            } else if (own.getIfAvailable() != null) {
                url = own.getIfAvailable().queryUrl();
            } else {
                RemoteStoreProperties properties = remote.getIfAvailable();
                url = properties != null && properties.queryEndpoint() != null
                        ? properties.queryEndpoint().toString()
                        : "";
            }
        }

        public String url() {
            return url;
        }
    }
}
