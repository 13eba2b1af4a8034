package org.w3id.iasante.linkeddata.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.vocabulary.DCTerms;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.api.SourceStatement;
import org.w3id.iasante.api.UnknownResourceException;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.linkeddata.Vocabularies;
import org.w3id.iasante.linkeddata.dataset.DatasetCitation;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/** Builds what a resource's page and RDF representations show, from catalogue queries. */
@Component
public class ResourcePages {

    private static final String SOURCE = DCTerms.source.getURI();
    private static final String TABLE = "http://www.w3.org/ns/csvw#Table";
    /** What links to a resource, by property (select-resource-incoming-counts, select-resource-incoming). */
    private static final KeysetPage USED_BY = new KeysetPage(
            "select-resource-incoming-counts",
            "select-resource-incoming",
            "select-resource-incoming-labels",
            "resource",
            "property",
            "uses",
            "subject",
            "/used-by?iri={subject}&property={heading}&after={after}");

    private final RoadmapGraph graph;
    private final SiteIris iris;
    private final ClaimsReader claims;
    private final SourceFacts facts;
    private final DatasetCitation dataset;

    ResourcePages(RoadmapGraph graph, SiteIris iris, ClaimsReader claims, SourceFacts facts, DatasetCitation dataset) {
        this.graph = graph;
        this.iris = iris;
        this.claims = claims;
        this.facts = facts;
        this.dataset = dataset;
    }

    public boolean isDescribed(String iri) {
        return graph.ask("ask-resource-described", Map.of("resource", Term.iri(iri)));
    }

    /** The triples served as the resource's RDF: its properties, links to it, and the labels of both ends. */
    public List<TermTriple> description(String iri) {
        return graph.construct("construct-resource-description", Map.of("resource", Term.iri(iri)));
    }

    public Optional<ResourcePage> page(String iri, Language language) {
        List<SourceStatement> sources;
        try {
            sources = graph.sourcesOf(iri, language); // asks whether the graph describes it, once
        } catch (UnknownResourceException unknown) {
            return Optional.empty();
        }
        Map<String, Term> resource = Map.of("resource", Term.iri(iri));
        ResourceClaims said = claims.read(iri, language);
        String label = nameOf(iri, said);
        ResourcePage.SourceCard card = sourceCard(said).orElse(null);
        // What cites a source document is listed as its facts: that group is not read at all.
        List<ResourcePage.Listed> incoming = USED_BY.headings(graph, iris, iri, language).entrySet().stream()
                .filter(uses -> card == null || !uses.getKey().iri().equals(SOURCE))
                .map(uses -> USED_BY.page(graph, iris, iri, uses.getKey(), uses.getValue(), "", language))
                .toList();
        return Optional.of(new ResourcePage(
                iri,
                label,
                said.description(),
                said,
                incoming,
                sources,
                card,
                card == null ? List.of() : facts.of(iri, language),
                said.types().stream().anyMatch(t -> t.iri().equals(TABLE)) ? columns(iri, language) : List.of(),
                new Citation(label, iri, dataset.in(language), card)));
    }

    /**
     * One page of the resources linking to {@code iri} through {@code property}, after the IRI
     * {@code after} ("" for the first page); empty when nothing links to it that way.
     */
    public Optional<ResourcePage.Listed> usedBy(String iri, String property, String after, Language language) {
        return USED_BY.page(graph, iris, iri, property, after, language);
    }

    /** One page of the resources of one type a source document describes; empty when it describes none of that type. */
    public Optional<ResourcePage.Listed> sourceFacts(String source, String type, String after, Language language) {
        return facts.page(source, type, after, language);
    }

    /** A table's columns as its page lists them (select-table-columns). */
    private List<ResourcePage.Column> columns(String table, Language language) {
        return graph.select("select-table-columns", Map.of("resource", Term.iri(table))).rows().stream()
                .map(row -> new ResourcePage.Column(
                        iris.link(row.get("column").value(), row.get("name").value()),
                        row.get("name").value(),
                        row.containsKey("datatype")
                                ? iris.link(
                                        row.get("datatype").value(),
                                        ClaimsReader.pick(row, "datatypeFr", "datatypeEn", language))
                                : null,
                        ClaimsReader.pick(row, "descriptionFr", "descriptionEn", language),
                        row.containsKey("codeList")
                                ? iris.link(
                                        row.get("codeList").value(),
                                        ClaimsReader.pick(row, "codeListFr", "codeListEn", language))
                                : null))
                .toList();
    }

    /** A link to the resource named in the reader's language, or by its CURIE when no source names it. */
    public Link named(String iri, Language language) {
        return iris.link(iri, nameOf(iri, claims.read(iri, language)));
    }

    private static String nameOf(String iri, ResourceClaims said) {
        return said.label() != null ? said.label() : Vocabularies.curie(iri);
    }

    /** What the site shows of a resource without the rest of its page: its claims side by side. */
    public ResourceClaims claims(String iri, Language language) {
        return claims.read(iri, language);
    }

    /** A link for an IRI (see {@link SiteIris#link}). */
    public Link link(String iri, String label) {
        return iris.link(iri, label);
    }

    private static Optional<ResourcePage.SourceCard> sourceCard(ResourceClaims said) {
        if (!said.isSourceDocument()) return Optional.empty();
        return said.asSource().map(self -> new ResourcePage.SourceCard(self, said.publishers()));
    }
}
