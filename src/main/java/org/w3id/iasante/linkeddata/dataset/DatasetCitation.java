package org.w3id.iasante.linkeddata;

import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;

/** The dataset's own title, publisher and licence: the same words in its VoID description and on every page. */
@Component
class DatasetCitation {

    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    static final String LICENCE_NAME = "CC BY 4.0";

    private final SiteIris iris;

    DatasetCitation(SiteIris iris) {
        this.iris = iris;
    }

    /** The dataset as a reader cites it, in one language. */
    record Cited(String title, String publisher, String iri, String licence, String licenceName) {}

    Cited in(Language language) {
        return new Cited(title(language), publisher(language), iri(), LICENCE, LICENCE_NAME);
    }

    String iri() {
        return iris.base() + "dataset";
    }

    /** The team that curates it, described in the curated graph. */
    String publisherIri() {
        return iris.base() + "id/organization/ia-sante-graph-team";
    }

    static String title(Language language) {
        return language == Language.FR
                ? "Graphe de connaissances de la stratégie « Intelligence artificielle et données de santé »"
                : "Knowledge graph of the strategy « Intelligence artificielle et données de santé » (artificial intelligence and health data)";
    }

    static String description(Language language) {
        return language == Language.FR
                ? "La stratégie nationale « Intelligence artificielle et données de santé » (2025-2028) en données liées, telle que chaque source la rapporte : un graphe nommé par source (textes officiels, copies, presse, cabinets), chaque fait avec sa source, et les comparaisons de l'équipe du graphe avec leur raisonnement."
                : "France's national strategy « Intelligence artificielle et données de santé » (2025-2028) as linked data, as each source reports it: one named graph per source (official texts, copies, press, consultancies), every fact with its source, and the graph team's comparisons with their reasoning.";
    }

    static String publisher(Language language) {
        return language == Language.FR ? "Équipe du graphe ia-sante" : "The ia-sante graph team";
    }
}
