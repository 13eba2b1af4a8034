package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.QueryBinder;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.Virtuoso;

/**
 * Every catalogue question gives the same rows, as many times each, on Virtuoso (through the
 * remote store) as in process on Jena. Virtuoso's union default graph is a bag — a triple held by
 * two graphs comes back twice — so a question that relies on set semantics shows here as extra rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueOnVirtuosoTests {

    private static final Set<String> NUMBERS = Set.of(
            Term.XSD + "decimal",
            Term.XSD + "integer",
            Term.XSD + "double",
            Term.XSD + "float",
            Term.XSD + "long",
            Term.XSD + "int");

    private RemoteStore store;

    @BeforeAll
    void connect() {
        Virtuoso virtuoso = Virtuoso.withRepositoryAndHdh();
        store = RemoteStore.connect(
                RemoteStoreProperties.of(URI.create(virtuoso.queryEndpoint().toString())));
    }

    @AfterAll
    void close() {
        if (store != null) store.close();
    }

    Stream<CatalogueQuery> selectQuestions() {
        return RepositoryKnowledge.catalogue().questions().stream().filter(q -> q.role() == QueryRole.SELECT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selectQuestions")
    void everySelectQuestionGivesTheSameRowsAsOftenOnVirtuosoAsOnJena(CatalogueQuery question) {
        Query parsed = QueryBinder.parse(question);
        ResultRows jena = JenaTerms.rows(RepositoryKnowledge.select(RepositoryKnowledge.datasetWithHdh(), parsed));
        ResultRows virtuoso;
        try {
            virtuoso = store.select(parsed.toString());
        } catch (RuntimeException e) {
            throw new AssertionError(question.name() + " fails on Virtuoso: " + e.getMessage(), e);
        }

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

    /** What {@code bag} holds more often than {@code other} (a bag difference). */
    private static List<Map<String, String>> difference(
            List<Map<String, String>> bag, List<Map<String, String>> other) {
        List<Map<String, String>> left = new java.util.ArrayList<>(bag);
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
