package org.w3id.iasante.linkeddata.page;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.SiteIris;

/**
 * The resources a source document's graph describes, by type (select-source-fact-counts), a page
 * of each (select-source-facts-of-type, labelled by select-source-facts-labels): the SNDS schema's graph describes 10 000.
 */
@Component
class SourceFacts {

    private static final KeysetPage FACTS = new KeysetPage(
            "select-source-fact-counts",
            "select-source-facts-of-type",
            "select-source-facts-labels",
            "source",
            "type",
            "resources",
            "resource",
            "/source-facts?source={subject}&type={heading}&after={after}");

    private final RoadmapGraph graph;
    private final SiteIris iris;

    SourceFacts(RoadmapGraph graph, SiteIris iris) {
        this.graph = graph;
        this.iris = iris;
    }

    /** Each type, most resources first, with the first page of its resources. */
    List<ResourcePage.Listed> of(String source, Language language) {
        return FACTS.headings(graph, iris, source, language).entrySet().stream()
                .map(type -> FACTS.page(graph, iris, source, type.getKey(), type.getValue(), "", language))
                .toList();
    }

    Optional<ResourcePage.Listed> page(String source, String type, String after, Language language) {
        return FACTS.page(graph, iris, source, type, after, language);
    }
}
