package org.w3id.iasante.linkeddata.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.query.Term;

/**
 * The resources a source document's graph describes, by type (select-source-fact-counts), a page
 * of each (select-source-facts-of-type): the SNDS schema's graph describes 10 000.
 */
@Component
class SourceFacts {

    private final RoadmapGraph graph;
    private final SiteIris iris;

    SourceFacts(RoadmapGraph graph, SiteIris iris) {
        this.graph = graph;
        this.iris = iris;
    }

    /** Each type, most resources first, with the first page of its resources. */
    List<ResourcePage.Listed> of(String source, Language language) {
        return types(source, language).entrySet().stream()
                .map(type -> page(source, type.getKey(), type.getValue(), "", language))
                .toList();
    }

    Optional<ResourcePage.Listed> page(String source, String type, String after, Language language) {
        return types(source, language).entrySet().stream()
                .filter(counted -> counted.getKey().iri().equals(type))
                .findFirst()
                .map(counted -> page(source, counted.getKey(), counted.getValue(), after, language));
    }

    private Map<Link, Integer> types(String source, Language language) {
        Map<Link, Integer> counts = new LinkedHashMap<>();
        for (Map<String, Term> row : graph.select("select-source-fact-counts", Map.of("source", Term.iri(source)))
                .rows()) {
            counts.put(
                    iris.link(row.get("type").value(), ClaimsReader.pick(row, "typeFr", "typeEn", language)),
                    row.get("resources").asInt());
        }
        return counts;
    }

    private ResourcePage.Listed page(String source, Link type, int count, String after, Language language) {
        List<Map<String, Term>> rows = graph.select(
                        "select-source-facts-of-type",
                        Map.of(
                                "source", Term.iri(source),
                                "type", Term.iri(type.iri()),
                                "after", Term.literal(after, Term.XSD + "string")))
                .rows();
        return KeysetPage.of(
                type,
                count,
                rows,
                "resource",
                iris,
                language,
                last -> ResourcePages.URIS
                        .expand("/source-facts?source={source}&type={type}&after={after}", source, type.iri(), last)
                        .toString());
    }
}
