package org.w3id.iasante.linkeddata.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.linkeddata.Vocabularies;
import org.w3id.iasante.linkeddata.page.ClaimsReader;
import org.w3id.iasante.linkeddata.page.Disagreement;
import org.w3id.iasante.linkeddata.page.PartialDate;
import org.w3id.iasante.linkeddata.page.SourceRef;
import org.w3id.iasante.query.Term;

/**
 * The strategy as the sources record it, for the home page: its chapters and dated editions
 * ({@code select-strategy-editions}), its events in order ({@code select-strategy-events}), and
 * the summary's claims no primary source supports ({@code select-claims-without-primary-support}).
 */
@Component
class StrategyOverview {

    private final RoadmapGraph graph;
    private final SiteIris iris;

    StrategyOverview(RoadmapGraph graph, SiteIris iris) {
        this.graph = graph;
        this.iris = iris;
    }

    /** The strategy the site is about. */
    String strategyIri() {
        return iris.iriOfIdPath("strategy/ia-donnees-sante");
    }

    /** The consultancy's summary the graph started from: one source among the others. */
    String summaryIri() {
        return iris.iriOfIdPath("source/resume-feuille-de-route-dns-2025-07");
    }

    /** A chapter of the strategy and its editions, oldest first. */
    record Chapter(Link chapter, List<Edition> editions) {}

    /** An edition and the dates the sources give it; {@code sourcesDiffer} when two of them cannot both be right. */
    record Edition(Link edition, List<Dated> dates, boolean sourcesDiffer) {}

    record Dated(String date, List<SourceRef> sources) {}

    /** An event of the strategy: when, what it is about, who reports it. */
    record Event(
            Link event, PartialDate start, PartialDate end, String when, List<Link> about, List<SourceRef> sources) {}

    /** Claims of one type. */
    record TypedClaims(String type, List<Link> claims) {}

    List<Chapter> chapters(Language language) {
        Map<String, Link> chapters = new LinkedHashMap<>();
        Map<String, Map<String, Link>> editions = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, SourceRef>>> dates = new LinkedHashMap<>();
        for (Map<String, Term> row : rows("select-strategy-editions", "strategy", strategyIri())) {
            String chapter = row.get("chapter").value();
            chapters.putIfAbsent(
                    chapter, iris.link(chapter, ClaimsReader.pick(row, "chapterFr", "chapterEn", language)));
            Map<String, Link> its = editions.computeIfAbsent(chapter, c -> new LinkedHashMap<>());
            if (!row.containsKey("edition")) continue;
            String edition = row.get("edition").value();
            its.putIfAbsent(edition, iris.link(edition, ClaimsReader.pick(row, "editionFr", "editionEn", language)));
            if (!row.containsKey("issued")) continue;
            dates.computeIfAbsent(edition, e -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("issued").value(), d -> new LinkedHashMap<>())
                    .putIfAbsent(sourceKey(row), source(row, language));
        }
        List<Chapter> result = new ArrayList<>();
        chapters.forEach((chapter, link) -> {
            List<Edition> its = new ArrayList<>();
            editions.get(chapter).forEach((edition, editionLink) -> {
                List<Dated> dated = new ArrayList<>();
                dates.getOrDefault(edition, Map.of())
                        .forEach((issued, sources) -> dated.add(new Dated(
                                PartialDate.display(issued, language),
                                sources.values().stream()
                                        .sorted(SourceRef.BY_KIND_THEN_TITLE)
                                        .toList())));
                Map<String, Set<String>> bySource = new LinkedHashMap<>();
                dates.getOrDefault(edition, Map.of())
                        .forEach((issued, sources) -> sources.keySet()
                                .forEach(source -> bySource.computeIfAbsent(source, s -> new LinkedHashSet<>())
                                        .add(issued)));
                its.add(new Edition(editionLink, dated, Disagreement.between(bySource)));
            });
            result.add(new Chapter(link, its));
        });
        return result;
    }

    List<Event> events(Language language) {
        Map<String, Term[]> dates = new LinkedHashMap<>();
        Map<String, Link> links = new LinkedHashMap<>();
        Map<String, Map<String, Link>> about = new LinkedHashMap<>();
        Map<String, Map<String, SourceRef>> sources = new LinkedHashMap<>();
        for (Map<String, Term> row : rows("select-strategy-events", "strategy", strategyIri())) {
            String event = row.get("event").value();
            links.putIfAbsent(event, iris.link(event, ClaimsReader.pick(row, "labelFr", "labelEn", language)));
            dates.putIfAbsent(event, new Term[] {row.get("start"), row.get("end")});
            String subject = row.get("about").value();
            about.computeIfAbsent(event, e -> new LinkedHashMap<>())
                    .putIfAbsent(subject, iris.link(subject, ClaimsReader.pick(row, "aboutFr", "aboutEn", language)));
            if (row.containsKey("source"))
                sources.computeIfAbsent(event, e -> new LinkedHashMap<>())
                        .putIfAbsent(row.get("source").value(), source(row, language));
        }
        List<Event> events = new ArrayList<>();
        links.forEach((event, link) -> {
            Term[] span = dates.get(event);
            PartialDate.parse(span[0].value()).ifPresent(start -> {
                PartialDate end = span[1] == null
                        ? null
                        : PartialDate.parse(span[1].value()).orElse(null);
                String when =
                        end == null ? start.display(language) : start.display(language) + " – " + end.display(language);
                events.add(new Event(
                        link,
                        start,
                        end,
                        when,
                        List.copyOf(about.get(event).values()),
                        sources.getOrDefault(event, Map.of()).values().stream()
                                .sorted(SourceRef.BY_KIND_THEN_TITLE)
                                .toList()));
            });
        });
        events.sort(Comparator.comparing((Event e) -> e.start().first()));
        return events;
    }

    /**
     * The summary's claims that no source of kind P states (the catalogue's question), grouped by
     * their first labelled type, which the summary's list of facts gives.
     */
    List<TypedClaims> unsupportedSummaryClaims(Language language) {
        Map<String, Link> claims = new LinkedHashMap<>();
        for (Map<String, Term> row : rows("select-claims-without-primary-support", "source", summaryIri())) {
            String claim = row.get("resource").value();
            claims.putIfAbsent(claim, iris.link(claim, ClaimsReader.pick(row, "labelFr", "labelEn", language)));
        }
        Map<String, String> typeOf = new LinkedHashMap<>();
        for (Map<String, Term> row : rows("select-source-facts", "source", summaryIri())) {
            String claim = row.get("resource").value();
            if (!claims.containsKey(claim)) continue;
            String type = ClaimsReader.pick(row, "typeFr", "typeEn", language);
            if (type == null && row.containsKey("type"))
                type = Vocabularies.curie(row.get("type").value());
            if (type != null && (!typeOf.containsKey(claim) || typeOf.get(claim).contains(":")))
                typeOf.put(claim, type);
        }
        Map<String, List<Link>> byType = new java.util.TreeMap<>();
        claims.forEach((claim, link) -> byType.computeIfAbsent(typeOf.getOrDefault(claim, "—"), t -> new ArrayList<>())
                .add(link));
        List<TypedClaims> groups = new ArrayList<>();
        byType.forEach((type, links) -> groups.add(new TypedClaims(
                type, links.stream().sorted(Comparator.comparing(Link::label)).toList())));
        return groups;
    }

    private List<Map<String, Term>> rows(String query, String parameter, String iri) {
        return graph.select(query, Map.of(parameter, Term.iri(iri))).rows();
    }

    private SourceRef source(Map<String, Term> row, Language language) {
        String iri = row.containsKey("source") ? row.get("source").value() : null;
        return new SourceRef(
                iri,
                iri == null ? null : iris.pageOf(iri),
                title(iri, ClaimsReader.pick(row, "sourceFr", "sourceEn", language)),
                row.containsKey("kind") ? row.get("kind").value() : null,
                null,
                false,
                null,
                null);
    }

    /** A source by its name in the reader's language; by its IRI's last segment only when no source names it. */
    private static String title(String iri, String name) {
        if (name != null) return name;
        return iri == null ? "?" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String sourceKey(Map<String, Term> row) {
        return row.containsKey("source") ? row.get("source").value() : "";
    }
}
