package org.w3id.iasante.linkeddata.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.linkeddata.Vocabularies;
import org.w3id.iasante.query.Term;

/** The resources a source document's graph describes ({@code select-source-facts}), grouped by type. */
@Component
class SourceFacts {

    private final RoadmapGraph graph;
    private final SiteIris iris;

    SourceFacts(RoadmapGraph graph, SiteIris iris) {
        this.graph = graph;
        this.iris = iris;
    }

    List<ResourcePage.Fact> of(String source, Language language) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<Link>> types = new LinkedHashMap<>();
        for (Map<String, Term> row : graph.select("select-source-facts", Map.of("source", Term.iri(source)))
                .rows()) {
            String resource = row.get("resource").value();
            labels.putIfAbsent(resource, ClaimsReader.pick(row, "resourceFr", "resourceEn", language));
            List<Link> its = types.computeIfAbsent(resource, r -> new ArrayList<>());
            if (row.containsKey("type")) {
                String typeLabel = ClaimsReader.pick(row, "typeFr", "typeEn", language);
                Link type = iris.link(row.get("type").value(), typeLabel);
                if (!its.contains(type)) its.add(type);
            }
        }
        List<ResourcePage.Fact> facts = new ArrayList<>();
        labels.forEach((resource, label) ->
                facts.add(new ResourcePage.Fact(iris.link(resource, label), ourTypesFirst(types.get(resource)))));
        facts.sort(Comparator.comparing((ResourcePage.Fact f) ->
                        f.types().isEmpty() ? "~" : f.types().get(0).label())
                .thenComparing(f -> f.resource().label()));
        return facts;
    }

    /** Types the ontology labels (ours and the ELI's) before bare standard ones (schema:Action…). */
    private static List<Link> ourTypesFirst(List<Link> types) {
        return types.stream()
                .sorted(Comparator.comparing((Link t) -> t.label().equals(Vocabularies.curie(t.iri())))
                        .thenComparing(Link::label))
                .toList();
    }
}
