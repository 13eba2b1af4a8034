package org.w3id.iasante.linkeddata.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Vocabularies;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.query.SearchWords;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.store.DataVersion;

/**
 * Full-text search over every label and title, the SNDS variables' descriptions and the years
 * phases and events cover, in both languages, ignoring case and accents ("donnees" finds
 * "données"). The texts come from site queries and are folded once per data version, so the same
 * search works over the embedded store and over any remote engine — which a store-side text index
 * (Jena's, over Lucene) would not.
 */
@Component
class LabelIndex {

    /** An interval longer than this is found by its first and last years only. */
    private static final int MOST_YEARS = 30;

    private final RoadmapGraph graph;
    private Indexed indexed;

    LabelIndex(RoadmapGraph graph) {
        this.graph = graph;
    }

    /** A searchable text of a resource ({@code kind}: preferred, alternative, title, description, year), folded for matching. */
    private record Entry(String iri, String text, String language, String kind, String folded) {}

    /**
     * The index at one data version: the texts, each resource's preferred label by language, and what
     * each resource is (the name of its class) by language.
     */
    private record Indexed(
            DataVersion version,
            List<Entry> entries,
            Map<String, Map<String, String>> preferred,
            Map<String, Map<String, String>> kinds) {}

    /** A resource found: its preferred label, what it is, and the text that matched. */
    record Hit(String iri, String label, String kind, String matched, String language) {}

    /**
     * Resources with a text holding every word of {@code text}, best first: the whole text, then a
     * text it begins, then one holding it as a phrase, then the words anywhere; names before other
     * texts, the reader's language first.
     */
    List<Hit> search(String text, String language, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) return List.of();
        String phrase = String.join(" ", words);
        Indexed index = index();
        Map<String, Entry> best = new LinkedHashMap<>();
        Map<String, Integer> scores = new HashMap<>();
        for (Entry entry : index.entries()) {
            if (!words.stream().allMatch(entry.folded()::contains)) continue;
            int score = score(entry, phrase, language);
            if (score > scores.getOrDefault(entry.iri(), -1)) {
                scores.put(entry.iri(), score);
                best.put(entry.iri(), entry);
            }
        }
        return best.values().stream()
                .map(entry -> new Hit(
                        entry.iri(),
                        inLanguage(index.preferred(), entry.iri(), language, Vocabularies.curie(entry.iri())),
                        inLanguage(index.kinds(), entry.iri(), language, ""),
                        entry.text(),
                        entry.language()))
                .sorted(Comparator.comparingInt((Hit hit) -> -scores.get(hit.iri()))
                        .thenComparing(Hit::label)
                        .thenComparing(Hit::iri))
                .limit(limit)
                .toList();
    }

    /** The preferred label of each IRI wanted that has one, in the language asked for if there is one. */
    Map<String, String> preferredLabels(Collection<String> wanted, String language) {
        Map<String, Map<String, String>> preferred = index().preferred();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String iri : Set.copyOf(wanted)) {
            if (preferred.containsKey(iri)) labels.put(iri, inLanguage(preferred, iri, language, iri));
        }
        return labels;
    }

    private static List<String> words(String text) {
        String folded = SearchWords.fold(text == null ? "" : text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static int score(Entry entry, String phrase, String language) {
        String text = entry.folded();
        int score = text.equals(phrase) ? 300 : text.startsWith(phrase) ? 200 : text.contains(phrase) ? 150 : 100;
        score += switch (entry.kind()) {
            case "preferred" -> 20;
            case "alternative", "title", "year" -> 15;
            default -> 0;
        };
        if (entry.language().equals(language)) score += 10;
        return score;
    }

    /** The value for {@code iri} in the language asked for, else in another, else {@code otherwise}. */
    private static String inLanguage(
            Map<String, Map<String, String>> byIri, String iri, String language, String otherwise) {
        Map<String, String> byLanguage = byIri.getOrDefault(iri, Map.of());
        String value = byLanguage.get(language);
        if (value != null) return value;
        return byLanguage.values().stream().findFirst().orElse(otherwise);
    }

    private synchronized Indexed index() {
        DataVersion version = graph.dataVersion();
        if (indexed == null || !indexed.version().tag().equals(version.tag())) {
            List<Entry> entries = new ArrayList<>();
            Map<String, Map<String, String>> preferred = new HashMap<>();
            for (Map<String, Term> row : graph.select("select-labels", Map.of()).rows()) {
                String iri = row.get("resource").value();
                Term label = row.get("label");
                String kind = row.get("kind").value();
                entries.add(entry(iri, label.value(), label.language(), kind));
                if (kind.equals("preferred"))
                    preferred
                            .computeIfAbsent(iri, k -> new LinkedHashMap<>())
                            .putIfAbsent(label.language(), label.value());
            }
            for (Map<String, Term> row :
                    graph.select("select-search-texts", Map.of()).rows()) {
                String iri = row.get("resource").value();
                Term text = row.get("text");
                if (row.get("kind").value().equals("years")) {
                    entries.addAll(years(
                            iri, Integer.parseInt(text.value()), row.get("last").asInt()));
                } else {
                    entries.add(entry(iri, text.value(), text.language(), "description"));
                }
            }
            indexed = new Indexed(version, List.copyOf(entries), preferred, kinds());
        }
        return indexed;
    }

    private static Entry entry(String iri, String text, String language, String kind) {
        return new Entry(iri, text, language, kind, SearchWords.fold(text));
    }

    /** An entry per year from {@code first} to {@code last}, or the two bounds when they are far apart. */
    private static List<Entry> years(String iri, int first, int last) {
        List<Entry> years = new ArrayList<>();
        if (last < first || last - first > MOST_YEARS) {
            years.add(entry(iri, Integer.toString(first), "", "year"));
            if (last != first) years.add(entry(iri, Integer.toString(last), "", "year"));
            return years;
        }
        for (int year = first; year <= last; year++) years.add(entry(iri, Integer.toString(year), "", "year"));
        return years;
    }

    /**
     * What each resource is, by language: the name of one of its classes, ours first, then the one
     * with the fewest instances (the most specific, in practice: an SNDS table before a dataset).
     */
    private Map<String, Map<String, String>> kinds() {
        Map<String, Map<String, Map<String, String>>> classesOf = new HashMap<>();
        Map<String, Integer> instances = new HashMap<>();
        for (Map<String, Term> row :
                graph.select("select-resource-kinds", Map.of()).rows()) {
            String resource = row.get("resource").value();
            String type = row.get("class").value();
            Term label = row.get("label");
            Map<String, Map<String, String>> classes = classesOf.computeIfAbsent(resource, k -> new HashMap<>());
            if (!classes.containsKey(type)) instances.merge(type, 1, Integer::sum);
            classes.computeIfAbsent(type, k -> new LinkedHashMap<>()).putIfAbsent(label.language(), label.value());
        }
        Comparator<String> preferredClass = Comparator.comparing((String type) -> !type.startsWith(IAS.NS))
                .thenComparing(instances::get)
                .thenComparing(Comparator.naturalOrder());
        Map<String, Map<String, String>> kinds = new HashMap<>();
        classesOf.forEach((resource, classes) -> kinds.put(
                resource,
                classes.get(classes.keySet().stream().min(preferredClass).orElseThrow())));
        return kinds;
    }
}
