package org.w3id.iasante.linkeddata.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.linkeddata.Vocabularies;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.query.Term;

/** Reads what each source claims about a resource ({@code select-resource-claims}) into values side by side. */
@Component
public class ClaimsReader {

    public static final String RDF_TYPE = RDF.type.getURI();
    private static final String STATED_IN = IAS.statedIn.getURI();
    /** Properties whose values differ by construction (each source has its own sections). */
    private static final Set<String> NOT_COMPARED = Set.of(RDF_TYPE, STATED_IN);

    private static final Set<String> NUMBERS =
            Set.of(Term.XSD + "decimal", Term.XSD + "integer", Term.XSD + "double", Term.XSD + "float");

    private static final Set<String> DATES = Set.of(Term.XSD + "date", Term.XSD + "gYearMonth", Term.XSD + "gYear");

    public static final List<String> LABELS = List.of(
            SKOS.prefLabel.getURI(),
            RDFS.label.getURI(),
            DCTerms.title.getURI(),
            // An SNDS table's or variable's name, as the HDH dictionary writes it (no language).
            "http://www.w3.org/ns/csvw#name");
    /** Properties whose text describes the resource, in order of preference for a page's lead. */
    public static final List<String> DESCRIPTIONS = List.of(
            SKOS.definition.getURI(),
            DCTerms.description.getURI(),
            SchemaDO.text.getURI(),
            IAS.purpose.getURI(),
            RDFS.comment.getURI());

    private final RoadmapGraph graph;
    private final SiteIris iris;

    ClaimsReader(RoadmapGraph graph, SiteIris iris) {
        this.graph = graph;
        this.iris = iris;
    }

    public ResourceClaims read(String iri, Language language) {
        Map<String, Group> groups = new LinkedHashMap<>();
        groups.put(iri, new Group(iri));
        for (Map<String, Term> row : graph.select("select-resource-claims", Map.of("resource", Term.iri(iri)))
                .rows()) {
            Group group = groups.computeIfAbsent(row.get("about").value(), Group::new);
            if (row.containsKey("alignment") && group.alignment == null) {
                group.alignment = new SideBySide.Alignment(
                        iris.link(row.get("alignment").value(), pick(row, "alignmentFr", "alignmentEn", language)),
                        pick(row, "reasonFr", "reasonEn", language));
            }
            String property = row.get("property").value();
            Property claims = group.properties.computeIfAbsent(
                    property, p -> new Property(iris.link(p, pick(row, "propertyFr", "propertyEn", language))));
            Term value = row.get("value");
            Value cell = claims.values.computeIfAbsent(
                    key(value),
                    k -> new Value(
                            value,
                            value.isIri()
                                    ? iris.link(value.value(), pick(row, "valueFr", "valueEn", language))
                                    : null));
            SourceRef source = source(row, language);
            cell.sources.putIfAbsent(row.get("graph").value(), source);
        }

        Group own = groups.remove(iri);
        String label = own.firstText(LABELS, language);
        List<Link> types = own.links(RDF_TYPE);
        return new ResourceClaims(
                iri,
                label,
                own.bestDescription(language),
                types,
                own.toSideBySide(iris.link(iri, label), language),
                groups.values().stream()
                        .map(g -> g.toSideBySide(iris.link(g.iri, g.firstText(LABELS, language)), language))
                        .toList());
    }

    private SourceRef source(Map<String, Term> row, Language language) {
        Term source = row.get("source");
        String graphIri = row.get("graph").value();
        String title = pick(row, "sourceFr", "sourceEn", language);
        return new SourceRef(
                source == null ? null : source.value(),
                source == null ? null : iris.pageOf(source.value()),
                title != null ? title : graphIri.substring(graphIri.lastIndexOf('/') + 1),
                row.containsKey("kind") ? row.get("kind").value() : null,
                row.containsKey("date") ? PartialDate.display(row.get("date").value(), language) : null,
                row.containsKey("approximate") && row.get("approximate").value().equals("true"),
                row.containsKey("url") ? row.get("url").value() : null,
                row.containsKey("license")
                        ? iris.link(
                                row.get("license").value(),
                                row.containsKey("licenseName")
                                        ? row.get("licenseName").value()
                                        : null)
                        : null);
    }

    /** Two values are the same claim when they are the same term; numbers compare by value (1.50 = 1.5), dates as written. */
    private static String key(Term value) {
        if (value.isIri()) return "<" + value.value() + ">";
        if (DATES.contains(value.datatype())) return value.value(); // as written, for Disagreement to compare spans
        if (NUMBERS.contains(value.datatype())) {
            try {
                return new BigDecimal(value.value()).stripTrailingZeros().toPlainString() + "^^number";
            } catch (NumberFormatException notANumber) {
                // Fall through: compare as written.
            }
        }
        return value.value() + "@" + value.language() + "^^" + value.datatype();
    }

    public static String pick(Map<String, Term> row, String french, String english, Language language) {
        Term first = row.get(language == Language.FR ? french : english);
        Term second = row.get(language == Language.FR ? english : french);
        return first != null ? first.value() : second != null ? second.value() : null;
    }

    /** The claims on one resource while they are read. */
    private static final class Group {
        final String iri;
        final Map<String, Property> properties = new LinkedHashMap<>();
        SideBySide.Alignment alignment;

        Group(String iri) {
            this.iri = iri;
        }

        SideBySide toSideBySide(Link about, Language language) {
            List<SideBySide.PropertyClaims> rows = new ArrayList<>();
            properties.forEach((iri, property) -> {
                if (!iri.equals(RDF_TYPE)) rows.add(property.toClaims(language, !NOT_COMPARED.contains(iri)));
            });
            return new SideBySide(about, alignment, rows);
        }

        List<Link> links(String property) {
            Property claims = properties.get(property);
            if (claims == null) return List.of();
            return claims.values.values().stream()
                    .map(v -> v.link)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }

        /**
         * The first text of {@code candidates} in the reader's language, else the other, else one
         * written in no language (a code such as BEN_NIR_PSA), rather than the IRI.
         */
        String firstText(List<String> candidates, Language language) {
            for (String tag : List.of(language.tag(), language.other().tag(), "")) {
                for (String property : candidates) {
                    Property claims = properties.get(property);
                    if (claims == null) continue;
                    for (Value value : claims.values.values()) {
                        if (value.term.isLiteral() && value.term.language().equals(tag)) return value.term.value();
                    }
                }
            }
            return null;
        }

        /** The description given by the best-ranked source (P before P-copy, S, C), in the reader's language if any. */
        String bestDescription(Language language) {
            for (Language choice : List.of(language, language.other())) {
                for (String property : DESCRIPTIONS) {
                    Property claims = properties.get(property);
                    if (claims == null) continue;
                    Value best = null;
                    int bestRank = Integer.MAX_VALUE;
                    for (Value value : claims.values.values()) {
                        if (!value.term.isLiteral() || !value.term.language().equals(choice.tag())) continue;
                        int rank = value.sources.values().stream()
                                .mapToInt(s -> SourceRef.kindRank(s.kind()))
                                .min()
                                .orElse(Integer.MAX_VALUE);
                        if (rank < bestRank) {
                            best = value;
                            bestRank = rank;
                        }
                    }
                    if (best != null) return best.term.value();
                }
            }
            return null;
        }
    }

    /** One property's values while they are read. */
    private static final class Property {
        final Link link;
        final Map<String, Value> values = new LinkedHashMap<>();

        Property(Link link) {
            this.link = link;
        }

        /** Every value: those in the reader's language (or in none) first, the other language's below. */
        SideBySide.PropertyClaims toClaims(Language language, boolean compared) {
            List<SideBySide.ClaimedValue> shown = values.values().stream()
                    .sorted(Comparator.comparing((Value v) ->
                            !v.term.language().isEmpty() && !v.term.language().equals(language.tag())))
                    .map(v -> v.toClaimedValue(language))
                    .toList();
            return new SideBySide.PropertyClaims(link, shown, compared && sourcesDiffer());
        }

        /** Text in a language is each source's own wording: only links, numbers and dates are compared. */
        private boolean sourcesDiffer() {
            Map<String, Set<String>> bySource = new LinkedHashMap<>();
            values.forEach((key, value) -> {
                if (!value.term.language().isEmpty()) return;
                value.sources
                        .keySet()
                        .forEach(graph -> bySource.computeIfAbsent(graph, g -> new LinkedHashSet<>())
                                .add(key));
            });
            return Disagreement.between(bySource);
        }
    }

    /** One value and the sources (by graph) stating it, while they are read. */
    private static final class Value {
        final Term term;
        final Link link;
        final Map<String, SourceRef> sources = new LinkedHashMap<>();

        Value(Term term, Link link) {
            this.term = term;
            this.link = link;
        }

        SideBySide.ClaimedValue toClaimedValue(Language language) {
            List<SourceRef> sorted = sources.values().stream()
                    .sorted(SourceRef.BY_KIND_THEN_TITLE)
                    .toList();
            boolean date = term.isLiteral() && DATES.contains(term.datatype());
            return new SideBySide.ClaimedValue(
                    link,
                    term.isIri() ? null : date ? PartialDate.display(term.value(), language) : term.value(),
                    term.language(),
                    term.isLiteral() ? Vocabularies.curie(term.datatype()) : null,
                    date ? term.value() : null,
                    sorted);
        }
    }
}
