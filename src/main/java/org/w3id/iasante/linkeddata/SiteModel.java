package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.w3id.iasante.api.Language;

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
    String lang(Locale locale) {
        return Language.of(locale).tag();
    }

    @ModelAttribute("fr")
    boolean french(Locale locale) {
        return Language.of(locale) == Language.FR;
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** This very page in the other language (its other parameters kept). */
    @ModelAttribute("langSwitch")
    String langSwitch(HttpServletRequest request, Locale locale) {
        Language other = Language.of(locale).other();
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

    /**
     * The public SPARQL endpoint's URL, for the editor and links; empty when there is none. Which
     * one it is (configured, this application's own, the remote store's) is the application's
     * set-up to say ({@code system}), so the site needs nothing of the store.
     */
    public record SparqlEndpointUrl(String url) {}
}
