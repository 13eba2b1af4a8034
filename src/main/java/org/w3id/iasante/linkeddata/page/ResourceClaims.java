package org.w3id.iasante.linkeddata.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.ontology.IAS;

/**
 * Everything the sources claim about one resource, read in one request: its name and lead text
 * (from the best-ranked source), its types, and its claims side by side, then those of each
 * resource the curators align with it.
 *
 * @param iri the resource
 * @param label its name in the reader's language, or null when no source names it
 * @param description its description from the most authoritative source that gives one, or null
 * @param types its classes, as every source states them
 * @param own what the sources say of the resource itself
 * @param aligned what they say of each resource aligned with it (ias:correspondsTo)
 */
public record ResourceClaims(
        String iri, String label, String description, List<Link> types, SideBySide own, List<SideBySide> aligned) {

    public static final String SOURCE_DOCUMENT = IAS.SourceDocument.getURI();
    public static final String PUBLISHER = DCTerms.publisher.getURI();

    public boolean isSourceDocument() {
        return types.stream().anyMatch(t -> t.iri().equals(SOURCE_DOCUMENT));
    }

    /** The claims on one property of the resource itself. */
    public Optional<SideBySide.PropertyClaims> property(String propertyIri) {
        return own.properties().stream()
                .filter(p -> p.property().iri().equals(propertyIri))
                .findFirst();
    }

    /** The resource as a source document: as its own graph cites it (kind, date, address). */
    public Optional<SourceRef> asSource() {
        return own.properties().stream()
                .flatMap(p -> p.values().stream())
                .flatMap(v -> v.sources().stream())
                .filter(s -> iri.equals(s.iri()))
                .findFirst();
    }

    /** Every source a claim of the page cites, once each: primary ones first, then by title. */
    public List<SourceRef> sources() {
        Map<String, SourceRef> byDocument = new LinkedHashMap<>();
        Stream.concat(Stream.of(own), aligned.stream())
                .flatMap(side -> side.properties().stream())
                .flatMap(p -> p.values().stream())
                .flatMap(v -> v.sources().stream())
                .forEach(
                        source -> byDocument.putIfAbsent(source.iri() != null ? source.iri() : source.title(), source));
        return byDocument.values().stream().sorted(SourceRef.BY_KIND_THEN_TITLE).toList();
    }

    /** Who publishes the resource (dcterms:publisher), as its sources say. */
    public List<Link> publishers() {
        return property(PUBLISHER).stream()
                .flatMap(p -> p.values().stream())
                .map(SideBySide.ClaimedValue::link)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
