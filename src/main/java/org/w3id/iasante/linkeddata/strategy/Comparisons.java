package org.w3id.iasante.linkeddata.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.linkeddata.page.ClaimsReader;
import org.w3id.iasante.linkeddata.page.SourceRef;
import org.w3id.iasante.query.Term;

/** The curators' comparisons of the sources ({@code select-comparisons}), one row per topic, in their order. */
@Component
class Comparisons {

    private final RoadmapGraph graph;
    private final SiteIris iris;

    Comparisons(RoadmapGraph graph, SiteIris iris) {
        this.graph = graph;
        this.iris = iris;
    }

    /**
     * One comparison.
     *
     * @param notation its number
     * @param topic what is compared
     * @param verdictCode the verdict's notation (agree, differ…), for its CSS class
     * @param verdict the verdict in the reader's language
     * @param reasoning the curators' reasoning
     * @param compared each resource compared, with the sources stating it
     */
    record Row(
            String notation,
            Link topic,
            String verdictCode,
            String verdict,
            String reasoning,
            List<Compared> compared) {}

    record Compared(Link resource, List<SourceRef> sources) {}

    List<Row> all(Language language) {
        Map<String, Map<String, Term>> heads = new LinkedHashMap<>();
        Map<String, Map<String, Link>> compared = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, SourceRef>>> sources = new LinkedHashMap<>();
        for (Map<String, Term> row :
                graph.select("select-comparisons", Map.of()).rows()) {
            String comparison = row.get("comparison").value();
            heads.putIfAbsent(comparison, row);
            String resource = row.get("compared").value();
            compared.computeIfAbsent(comparison, c -> new LinkedHashMap<>())
                    .putIfAbsent(
                            resource,
                            iris.link(resource, ClaimsReader.pick(row, "comparedFr", "comparedEn", language)));
            Map<String, SourceRef> its = sources.computeIfAbsent(comparison, c -> new LinkedHashMap<>())
                    .computeIfAbsent(resource, r -> new LinkedHashMap<>());
            if (row.containsKey("source")) {
                String source = row.get("source").value();
                String title = ClaimsReader.pick(row, "sourceFr", "sourceEn", language);
                its.putIfAbsent(
                        source,
                        new SourceRef(
                                source,
                                iris.pageOf(source),
                                title != null ? title : source,
                                row.containsKey("kind") ? row.get("kind").value() : null,
                                null,
                                false,
                                null,
                                null));
            }
        }
        List<Row> rows = new ArrayList<>();
        heads.forEach((comparison, head) -> {
            List<Compared> its = new ArrayList<>();
            compared.get(comparison)
                    .forEach((resource, link) -> its.add(new Compared(
                            link,
                            sources.get(comparison).get(resource).values().stream()
                                    .sorted(SourceRef.BY_KIND_THEN_TITLE)
                                    .toList())));
            rows.add(new Row(
                    head.containsKey("notation") ? head.get("notation").value() : "",
                    iris.link(comparison, ClaimsReader.pick(head, "topicFr", "topicEn", language)),
                    head.containsKey("verdictCode") ? head.get("verdictCode").value() : "",
                    ClaimsReader.pick(head, "verdictFr", "verdictEn", language),
                    ClaimsReader.pick(head, "reasonFr", "reasonEn", language),
                    its));
        });
        return rows;
    }
}
