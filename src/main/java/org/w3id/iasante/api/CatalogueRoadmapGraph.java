package org.w3id.iasante.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.w3id.iasante.query.BoundQuery;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryBinder;
import org.w3id.iasante.query.QueryCatalogue;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.store.DataVersion;
import org.w3id.iasante.store.GraphStore;

/** {@link RoadmapGraph} written once over any {@link GraphStore}: catalogue queries in, records out. */
final class CatalogueRoadmapGraph implements RoadmapGraph {

    /** Triples per request of {@link #forEachTriple}: within what remote endpoints answer whole (Virtuoso: 10 000 rows). */
    static final int PAGE = 5_000;

    private final GraphStore store;
    private final QueryCatalogue catalogue;
    private final boolean ownsStore;

    CatalogueRoadmapGraph(GraphStore store, QueryCatalogue catalogue, boolean ownsStore) {
        this.store = store;
        this.catalogue = catalogue;
        this.ownsStore = ownsStore;
    }

    static RoadmapGraph owning(GraphStore store, QueryCatalogue catalogue) {
        return new CatalogueRoadmapGraph(store, catalogue, true);
    }

    @Override
    public List<Priority> priorities(Language language) {
        return rows("select-priorities", Map.of()).stream()
                .map(r -> new Priority(
                        iri(r, "priority"),
                        r.get("rank").asInt(),
                        text(r, "labelFr", "labelEn", language),
                        text(r, "definitionFr", "definitionEn", language)))
                .toList();
    }

    @Override
    public List<Objective> objectives(Language language) {
        Map<String, Objective> byIri = new LinkedHashMap<>();
        for (Map<String, Term> r : rows("select-objectives", Map.of())) {
            Objective known = byIri.get(iri(r, "objective"));
            List<String> acts = new ArrayList<>(known == null ? List.of() : known.legalActs());
            optional(r, "legalAct").ifPresent(acts::add);
            byIri.put(
                    iri(r, "objective"),
                    new Objective(iri(r, "objective"), text(r, "labelFr", "labelEn", language), acts));
        }
        return List.copyOf(byIri.values());
    }

    @Override
    public List<Programme> programmes(Language language) {
        return rows("select-programmes", Map.of()).stream()
                .map(r -> new Programme(
                        iri(r, "programme"),
                        text(r, "labelFr", "labelEn", language),
                        new Amount(
                                r.get("amount").asDecimal(), r.get("currency").value()),
                        r.get("amountAsStated").value(),
                        text(r, "purposeFr", "purposeEn", language)))
                .toList();
    }

    @Override
    public List<Amount> totalFunding() {
        return rows("select-total-funding", Map.of()).stream()
                .map(r -> new Amount(
                        new BigDecimal(r.get("total").value()),
                        r.get("currency").value()))
                .toList();
    }

    @Override
    public List<Actor> actors(Language language) {
        Map<String, Actor> byIri = new LinkedHashMap<>();
        for (Map<String, Term> r : rows("select-governance-roles", Map.of())) {
            String iri = iri(r, "actor");
            Actor known = byIri.getOrDefault(
                    iri, new Actor(iri, text(r, "actorFr", "actorEn", language), List.of(), List.of()));
            List<String> acronyms = new ArrayList<>(known.acronyms());
            optional(r, "acronym").filter(a -> !acronyms.contains(a)).ifPresent(acronyms::add);
            List<Role> roles = new ArrayList<>(known.roles());
            Role role = new Role(iri(r, "role"), text(r, "roleFr", "roleEn", language));
            if (!roles.contains(role)) roles.add(role);
            byIri.put(iri, new Actor(iri, known.name(), acronyms, roles));
        }
        return List.copyOf(byIri.values());
    }

    @Override
    public List<Phase> phases(Language language) {
        Map<String, Phase> byIri = new LinkedHashMap<>();
        for (Map<String, Term> r : rows("select-timeline", Map.of())) {
            String iri = iri(r, "phase");
            Phase known = byIri.getOrDefault(
                    iri,
                    new Phase(
                            iri,
                            text(r, "phaseLabelFr", "phaseLabelEn", language),
                            r.get("begin").asDate(),
                            r.get("end").asDate(),
                            List.of()));
            List<PlannedAction> actions = new ArrayList<>(known.actions());
            optional(r, "action")
                    .ifPresent(action ->
                            actions.add(new PlannedAction(action, text(r, "actionFr", "actionEn", language))));
            byIri.put(iri, new Phase(iri, known.label(), known.begin(), known.end(), actions));
        }
        return List.copyOf(byIri.values());
    }

    @Override
    public List<LegalAct> legalActs(Language language) {
        Map<String, LegalAct> byIri = new LinkedHashMap<>();
        for (Map<String, Term> r : rows("select-legal-acts", Map.of())) {
            String iri = iri(r, "legalAct");
            LegalAct known = byIri.getOrDefault(
                    iri,
                    new LegalAct(
                            iri,
                            text(r, "labelFr", "labelEn", language),
                            optionalText(r, "titleFr", "titleEn", language),
                            Optional.ofNullable(r.get("dateDocument")).map(Term::asDate),
                            optional(r, "celex"),
                            List.of()));
            List<LegalAct.Reference> references = new ArrayList<>(known.references());
            references.add(new LegalAct.Reference(
                    iri(r, "referencedBy"),
                    text(r, "referencedByFr", "referencedByEn", language),
                    text(r, "relationFr", "relationEn", language)));
            byIri.put(
                    iri,
                    new LegalAct(iri, known.label(), known.officialTitle(), known.date(), known.celex(), references));
        }
        return List.copyOf(byIri.values());
    }

    @Override
    public List<SourceStatement> sourcesOf(String iri, Language language) {
        Map<String, Term> resource = Map.of("resource", Term.iri(iri));
        if (!ask("ask-resource-described", resource)) throw new UnknownResourceException(iri);
        return rows("select-resource-sources", resource).stream()
                .map(r -> new SourceStatement(
                        iri(r, "graph"),
                        iri(r, "source"),
                        r.get("sourceTitle").value(),
                        optional(r, "section"),
                        optionalText(r, "sectionFr", "sectionEn", language)))
                .toList();
    }

    @Override
    public List<CatalogueQuery> catalogue() {
        return catalogue.all();
    }

    @Override
    public ResultRows select(String queryName, Map<String, Term> parameters) {
        return store.select(bound(queryName, QueryRole.SELECT, parameters));
    }

    @Override
    public boolean ask(String queryName, Map<String, Term> parameters) {
        return store.ask(bound(queryName, QueryRole.ASK, parameters));
    }

    @Override
    public List<TermTriple> construct(String queryName, Map<String, Term> parameters) {
        return store.construct(bound(queryName, QueryRole.CONSTRUCT, parameters));
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public DataVersion dataVersion() {
        return store.dataVersion();
    }

    @Override
    public void close() {
        if (ownsStore) store.close();
    }

    @Override
    public long forEachTriple(String graphIri, Consumer<TermTriple> action) {
        CatalogueQuery query = catalogue.get("select-graph-triples");
        long handed = 0;
        for (long offset = 0; ; offset += PAGE) {
            Query page = QueryBinder.bindTerms(query, Map.of("graph", Term.iri(graphIri)));
            page.setOffset(offset);
            page.setLimit(PAGE);
            List<Map<String, Term>> rows = store.select(BoundQuery.of(page)).rows();
            for (Map<String, Term> row : rows) {
                action.accept(new TermTriple(row.get("s"), row.get("p"), row.get("o")));
            }
            handed += rows.size();
            if (rows.size() < PAGE) return handed;
        }
    }

    private List<Map<String, Term>> rows(String queryName, Map<String, Term> parameters) {
        return select(queryName, parameters).rows();
    }

    private BoundQuery bound(String queryName, QueryRole expected, Map<String, Term> parameters) {
        CatalogueQuery query = catalogue.get(queryName);
        boolean suits =
                query.role() == expected || (expected == QueryRole.SELECT && query.role() == QueryRole.VIOLATION);
        if (!suits) {
            throw new IllegalArgumentException(
                    "'" + queryName + "' is a " + query.role() + " query; run it with the method for that kind");
        }
        return BoundQuery.of(QueryBinder.bindTerms(query, parameters));
    }

    private static String iri(Map<String, Term> row, String variable) {
        return row.get(variable).value();
    }

    private static Optional<String> optional(Map<String, Term> row, String variable) {
        return Optional.ofNullable(row.get(variable)).map(Term::value);
    }

    /** The text in the language asked for, else the other one. */
    private static String text(Map<String, Term> row, String french, String english, Language language) {
        return optionalText(row, french, english, language).orElse("");
    }

    private static Optional<String> optionalText(
            Map<String, Term> row, String french, String english, Language language) {
        String first = language == Language.FR ? french : english;
        String second = language == Language.FR ? english : french;
        return optional(row, first).or(() -> optional(row, second));
    }
}
