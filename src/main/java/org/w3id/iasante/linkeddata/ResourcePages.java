package org.w3id.iasante.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.api.SourceStatement;
import org.w3id.iasante.api.UnknownResourceException;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/** Builds what a resource's page and RDF representations show, from catalogue queries. */
@Component
class ResourcePages {

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    /** Properties whose text describes the resource, in order of preference for the page's lead. */
    private static final List<String> DESCRIPTIONS = List.of(
            "http://www.w3.org/2004/02/skos/core#definition",
            "http://purl.org/dc/terms/description",
            "https://schema.org/text",
            "https://w3id.org/ia-sante/def#purpose",
            "http://www.w3.org/2000/01/rdf-schema#comment");

    private static final List<String> LABELS = List.of(
            "http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://www.w3.org/2000/01/rdf-schema#label",
            "http://purl.org/dc/terms/title");

    private final RoadmapGraph graph;
    private final SiteIris iris;

    ResourcePages(RoadmapGraph graph, SiteIris iris) {
        this.graph = graph;
        this.iris = iris;
    }

    boolean isDescribed(String iri) {
        return graph.ask("ask-resource-described", Map.of("resource", Term.iri(iri)));
    }

    /** The triples served as the resource's RDF: its properties, links to it, and the labels of both ends. */
    List<TermTriple> description(String iri) {
        return graph.construct("construct-resource-description", Map.of("resource", Term.iri(iri)));
    }

    Optional<ResourcePage> page(String iri, Language language) {
        List<SourceStatement> sources;
        try {
            sources = graph.sourcesOf(iri, language); // asks whether the graph describes it, once
        } catch (UnknownResourceException unknown) {
            return Optional.empty();
        }
        Map<String, Term> resource = Map.of("resource", Term.iri(iri));

        Map<String, List<ResourcePage.Value>> byProperty = new LinkedHashMap<>();
        Map<String, ResourcePage.Link> propertyLinks = new LinkedHashMap<>();
        List<ResourcePage.Link> types = new ArrayList<>();
        for (Map<String, Term> row :
                graph.select("select-resource-properties", resource).rows()) {
            String property = row.get("property").value();
            Term value = row.get("value");
            ResourcePage.Link valueLink =
                    value.isIri() ? link(value.value(), pick(row, "valueFr", "valueEn", language)) : null;
            if (property.equals(RDF_TYPE)) {
                if (types.stream().noneMatch(t -> t.iri().equals(value.value()))) types.add(valueLink);
                continue;
            }
            propertyLinks.putIfAbsent(property, link(property, pick(row, "propertyFr", "propertyEn", language)));
            List<ResourcePage.Value> values = byProperty.computeIfAbsent(property, p -> new ArrayList<>());
            ResourcePage.Value cell = new ResourcePage.Value(
                    valueLink,
                    value.isIri() ? null : value.value(),
                    value.language(),
                    value.isLiteral() ? Vocabularies.curie(value.datatype()) : null,
                    row.get("graph").value());
            if (!values.contains(cell)) values.add(cell);
        }
        List<ResourcePage.PropertyRow> properties = new ArrayList<>();
        byProperty.forEach((property, values) -> properties.add(
                new ResourcePage.PropertyRow(propertyLinks.get(property), inLanguage(values, language))));

        List<ResourcePage.IncomingLink> incoming = graph.select("select-resource-incoming", resource).rows().stream()
                .map(row -> new ResourcePage.IncomingLink(
                        link(row.get("property").value(), pick(row, "propertyFr", "propertyEn", language)),
                        link(row.get("subject").value(), pick(row, "subjectFr", "subjectEn", language))))
                .toList();

        String label = firstText(byProperty, LABELS, language).orElse(Vocabularies.curie(iri));
        String description = firstText(byProperty, DESCRIPTIONS, language).orElse(null);
        return Optional.of(new ResourcePage(iri, label, description, types, properties, incoming, sources));
    }

    /**
     * A link for an IRI: to its page here when this site describes it (our IRIs, the ontology's
     * terms, or anything with a label in the graph), else to the IRI itself (skos:prefLabel…).
     */
    ResourcePage.Link link(String iri, String label) {
        boolean labelled = label != null && !label.isBlank();
        boolean describedHere = iris.isOurs(iri) || iris.isOntology(iri) || labelled;
        return new ResourcePage.Link(
                describedHere ? iris.pageOf(iri) : iri, labelled ? label : Vocabularies.curie(iri), iri);
    }

    /** Values in the reader's language when the property has some; otherwise all of them. */
    private static List<ResourcePage.Value> inLanguage(List<ResourcePage.Value> values, Language language) {
        boolean hasReaders = values.stream().anyMatch(v -> v.language().equals(language.tag()));
        if (!hasReaders) return values;
        return values.stream()
                .filter(v -> v.language().isEmpty() || v.language().equals(language.tag()))
                .toList();
    }

    private static Optional<String> firstText(
            Map<String, List<ResourcePage.Value>> byProperty, List<String> properties, Language language) {
        for (Language choice : List.of(language, language.other())) {
            for (String property : properties) {
                for (ResourcePage.Value value : byProperty.getOrDefault(property, List.of())) {
                    if (value.text() != null && value.language().equals(choice.tag())) return Optional.of(value.text());
                }
            }
        }
        return Optional.empty();
    }

    private static String pick(Map<String, Term> row, String french, String english, Language language) {
        Term first = row.get(language == Language.FR ? french : english);
        Term second = row.get(language == Language.FR ? english : french);
        return first != null ? first.value() : second != null ? second.value() : null;
    }
}
