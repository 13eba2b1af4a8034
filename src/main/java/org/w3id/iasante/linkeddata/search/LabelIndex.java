package org.w3id.iasante.linkeddata.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Vocabularies;
import org.w3id.iasante.query.SearchWords;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.store.DataVersion;

/**
 * Full-text search over every label, in both languages, ignoring case and accents ("donnees"
 * finds "données"). The labels come from one catalogue query and are folded once per data
 * version, so the same search works over the embedded store and over any remote engine — which a
 * store-side text index (Jena's, over Lucene) would not.
 */
@Component
class LabelIndex {

    private final RoadmapGraph graph;
    private Indexed indexed;

    LabelIndex(RoadmapGraph graph) {
        this.graph = graph;
    }

    /** A label of a resource, folded for matching. */
    private record Entry(String iri, String label, String language, String kind, String folded) {}

    private record Indexed(DataVersion version, List<Entry> entries) {}

    /** A resource found, with the label that matched and the resource's preferred label. */
    record Hit(String iri, String label, String matched, String language) {}

    /** Resources whose labels contain every word of {@code text}, best first (exact, then prefix, then any). */
    List<Hit> search(String text, String language, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) return List.of();
        Map<String, Hit> best = new LinkedHashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<Entry> entries = entries();
        for (Entry entry : entries) {
            if (!words.stream().allMatch(entry.folded()::contains)) continue;
            int score = score(entry, String.join(" ", words), language);
            if (score > scores.getOrDefault(entry.iri(), -1)) {
                scores.put(entry.iri(), score);
                best.put(
                        entry.iri(),
                        new Hit(
                                entry.iri(),
                                preferredLabel(entries, entry.iri(), language),
                                entry.label(),
                                entry.language()));
            }
        }
        List<String> order = new ArrayList<>(best.keySet());
        order.sort(Comparator.comparingInt((String iri) -> -scores.get(iri))
                .thenComparing(iri -> best.get(iri).label()));
        return order.stream().limit(limit).map(best::get).toList();
    }

    /** The preferred label of each IRI wanted that has one, in the language asked for if there is one. */
    Map<String, String> preferredLabels(Collection<String> wanted, String language) {
        Set<String> asked = Set.copyOf(wanted);
        Map<String, String> labels = new LinkedHashMap<>();
        for (Entry entry : entries()) {
            if (!entry.kind().equals("preferred") || !asked.contains(entry.iri())) continue;
            if (entry.language().equals(language) || !labels.containsKey(entry.iri()))
                labels.put(entry.iri(), entry.label());
        }
        return labels;
    }

    private static List<String> words(String text) {
        String folded = SearchWords.fold(text == null ? "" : text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static int score(Entry entry, String phrase, String language) {
        int score = entry.folded().equals(phrase) ? 300 : entry.folded().startsWith(phrase) ? 200 : 100;
        if (entry.kind().equals("preferred")) score += 20;
        if (entry.language().equals(language)) score += 10;
        return score;
    }

    private static String preferredLabel(List<Entry> entries, String iri, String language) {
        String fallback = null;
        for (Entry entry : entries) {
            if (!entry.iri().equals(iri) || !entry.kind().equals("preferred")) continue;
            if (entry.language().equals(language)) return entry.label();
            if (fallback == null) fallback = entry.label();
        }
        return fallback != null ? fallback : Vocabularies.curie(iri);
    }

    private synchronized List<Entry> entries() {
        DataVersion version = graph.dataVersion();
        if (indexed == null || !indexed.version().tag().equals(version.tag())) {
            List<Entry> entries = new ArrayList<>();
            for (Map<String, Term> row : graph.select("select-labels", Map.of()).rows()) {
                Term label = row.get("label");
                entries.add(new Entry(
                        row.get("resource").value(),
                        label.value(),
                        label.language(),
                        row.get("kind").value(),
                        SearchWords.fold(label.value())));
            }
            indexed = new Indexed(version, List.copyOf(entries));
        }
        return indexed.entries();
    }
}
