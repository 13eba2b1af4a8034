package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.QueryBinder;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.RequiresVirtuoso;
import org.w3id.iasante.support.Virtuoso;

/**
 * Every catalogue question gives the same answer on Virtuoso (through the remote store) as in
 * process on Jena: a SELECT the same rows, as many times each; an ASK the same value; a CONSTRUCT
 * an isomorphic graph. Virtuoso's union default graph is a bag — a triple held by two graphs comes
 * back twice — so a question that relies on set semantics shows here as extra rows.
 */
@RequiresVirtuoso
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueOnVirtuosoTests {

    private static final Set<String> NUMBERS = Set.of(
            Term.XSD + "decimal",
            Term.XSD + "integer",
            Term.XSD + "double",
            Term.XSD + "float",
            Term.XSD + "long",
            Term.XSD + "int");

    /**
     * Below the store's 30 s default, so a shape Virtuoso runs past any limit is reported quickly;
     * twice the slowest question (select-disagreements, up to 9 s on a loaded 2-core machine).
     */
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(20);

    /**
     * Questions whose answer still differs on Virtuoso, each with the reason: reported as skipped
     * with that reason (as a {@code @Disabled} would), never passed in silence.
     */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "select-resource-claims",
            "a site query: Virtuoso's bag union repeats a value two graphs hold (106 rows against 94 for the"
                    + " EHDS), and with SELECT DISTINCT Virtuoso 7.2 returns no row at all once the HDH graphs"
                    + " are loaded (94 without them): the site's claims on Virtuoso may list a source twice");

    private RemoteStore store;

    @BeforeAll
    void connect() {
        Virtuoso virtuoso = Virtuoso.withRepositoryAndHdh();
        store = RemoteStore.connect(
                RemoteStoreProperties.of(URI.create(virtuoso.queryEndpoint().toString()))
                        .withQueryTimeout(QUERY_TIMEOUT));
    }

    @AfterAll
    void close() {
        if (store != null) store.close();
    }

    Stream<CatalogueQuery> questions(QueryRole role) {
        var catalogue = RepositoryKnowledge.catalogue();
        // The site's own queries too: the site runs them on the remote engine as well.
        return Stream.concat(catalogue.questions().stream(), catalogue.siteQueries().stream())
                .filter(q -> q.role() == role);
    }

    Stream<CatalogueQuery> selectQuestions() {
        return questions(QueryRole.SELECT);
    }

    Stream<CatalogueQuery> askQuestions() {
        return questions(QueryRole.ASK);
    }

    Stream<CatalogueQuery> constructQuestions() {
        return questions(QueryRole.CONSTRUCT);
    }

    @Test
    void everyKnownDifferenceNamesAQuestionOfTheCatalogue() {
        var catalogue = RepositoryKnowledge.catalogue();
        assertThat(Stream.concat(catalogue.questions().stream(), catalogue.siteQueries().stream()))
                .extracting(CatalogueQuery::name)
                .as("a question that left the catalogue leaves KNOWN_DIFFERENCES too")
                .containsAll(KNOWN_DIFFERENCES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selectQuestions")
    void everySelectQuestionGivesTheSameRowsAsOftenOnVirtuosoAsOnJena(CatalogueQuery question) {
        Query parsed = parsedUnlessKnownToDiffer(question);
        ResultRows jena = JenaTerms.rows(RepositoryKnowledge.select(RepositoryKnowledge.datasetWithHdh(), parsed));
        ResultRows virtuoso = onVirtuoso(question, () -> store.select(parsed.toString()));

        List<Map<String, String>> want = comparable(jena);
        List<Map<String, String>> got = comparable(virtuoso);
        assertThat(difference(got, want).isEmpty() && difference(want, got).isEmpty())
                .as(
                        "%s: %d rows on Virtuoso, %d on Jena; on Virtuoso only (first 3): %s; on Jena only (first 3): %s",
                        question.name(),
                        got.size(),
                        want.size(),
                        first(difference(got, want)),
                        first(difference(want, got)))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("askQuestions")
    void everyAskQuestionGivesTheSameValueOnVirtuosoAsOnJena(CatalogueQuery question) {
        Query parsed = parsedUnlessKnownToDiffer(question);
        boolean jena = RepositoryKnowledge.ask(RepositoryKnowledge.datasetWithHdh(), parsed);
        boolean virtuoso = onVirtuoso(question, () -> store.ask(parsed.toString()));
        assertThat(virtuoso).as("%s on Virtuoso", question.name()).isEqualTo(jena);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructQuestions")
    void everyConstructQuestionBuildsAnIsomorphicGraphOnVirtuosoAndOnJena(CatalogueQuery question) {
        Query parsed = parsedUnlessKnownToDiffer(question);
        Graph jena = RepositoryKnowledge.construct(RepositoryKnowledge.datasetWithHdh(), parsed);
        List<TermTriple> triples = onVirtuoso(question, () -> store.construct(parsed.toString()));
        Graph virtuoso = GraphFactory.createDefaultGraph();
        triples.forEach(t ->
                virtuoso.add(JenaTerms.node(t.subject()), JenaTerms.node(t.predicate()), JenaTerms.node(t.object())));
        assertThat(virtuoso.isIsomorphicWith(jena))
                .as("%s: %d triples on Virtuoso, %d on Jena", question.name(), virtuoso.size(), jena.size())
                .isTrue();
    }

    private static Query parsedUnlessKnownToDiffer(CatalogueQuery question) {
        String reason = KNOWN_DIFFERENCES.get(question.name());
        Assumptions.assumeTrue(reason == null, () -> question.name() + " is known to differ on Virtuoso: " + reason);
        return QueryBinder.parse(question);
    }

    private static <T> T onVirtuoso(CatalogueQuery question, Supplier<T> answer) {
        try {
            return answer.get();
        } catch (RuntimeException e) {
            throw new AssertionError(question.name() + " fails on Virtuoso: " + e.getMessage(), e);
        }
    }

    /** What {@code bag} holds more often than {@code other} (a bag difference). */
    private static List<Map<String, String>> difference(
            List<Map<String, String>> bag, List<Map<String, String>> other) {
        List<Map<String, String>> left = new ArrayList<>(bag);
        other.forEach(left::remove);
        return left;
    }

    private static List<Map<String, String>> first(List<Map<String, String>> rows) {
        return rows.subList(0, Math.min(3, rows.size()));
    }

    /** Rows as sorted maps of comparable values: numbers by value (Virtuoso writes them in shortest form). */
    private static List<Map<String, String>> comparable(ResultRows rows) {
        return rows.rows().stream()
                .map(row -> {
                    Map<String, String> values = new TreeMap<>();
                    row.forEach((variable, term) -> values.put(variable, comparable(term)));
                    return (Map<String, String>) values;
                })
                .toList();
    }

    private static String comparable(Term term) {
        if (term.kind() == Term.Kind.BLANK) return "_:";
        if (term.kind() == Term.Kind.LITERAL && NUMBERS.contains(term.datatype())) {
            return "number " + new BigDecimal(term.value()).stripTrailingZeros().toPlainString();
        }
        return term.toString();
    }
}
