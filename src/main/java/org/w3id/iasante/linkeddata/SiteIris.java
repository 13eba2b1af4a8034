package org.w3id.iasante.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Maps the graph's persistent IRIs onto this site's paths and back: {@code {base}id/x} is
 * served at {@code /id/x}, its description at {@code /doc/x}; any other IRI the graph describes
 * (an ELI, say) at {@code /describe?iri=…}.
 */
@Component
public class SiteIris {

    private final String base;

    SiteIris(SiteProperties properties) {
        this.base = properties.baseIri();
    }

    public String base() {
        return base;
    }

    /** The IRI a request path under {@code /id/} stands for. */
    public String iriOfIdPath(String typeAndSlug) {
        return base + "id/" + typeAndSlug;
    }

    /** Whether the IRI is minted here (dereferenceable at {@code /id/…}). */
    public boolean isOurs(String iri) {
        return iri.startsWith(base + "id/");
    }

    /** The ontology, its terms ({@code def#X}), and the graphs under {@code def/} (shapes, imports, versions). */
    public boolean isOntology(String iri) {
        return iri.equals(base + "def") || iri.startsWith(base + "def#") || iri.startsWith(base + "def/");
    }

    /**
     * A link for an IRI: to its page here when this site describes it (our IRIs, the ontology's
     * terms, or anything with a label in the graph), else to the IRI itself (skos:prefLabel…).
     */
    public Link link(String iri, String label) {
        boolean labelled = label != null && !label.isBlank();
        boolean describedHere = isOurs(iri) || isOntology(iri) || labelled;
        return new Link(describedHere ? pageOf(iri) : iri, labelled ? label : Vocabularies.curie(iri), iri);
    }

    /** Where a person reads about the IRI on this site (public: the page templates call it). */
    public String pageOf(String iri) {
        if (isOurs(iri)) return "/doc/" + iri.substring((base + "id/").length());
        if (isOntology(iri)) return "/" + iri.substring(base.length());
        return "/describe?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
