package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/** What every {@link GraphStore} does the same way, embedded or remote; written once, run against each. */
abstract class GraphStoreContract {

    /** The repository's knowledge, with no time limit to speak of. */
    abstract GraphStore store();

    /** A new store of the same knowledge, with each query limited to {@code timeout}; the caller closes it. */
    abstract GraphStore storeWithTimeout(Duration timeout);

    /** A store that cannot be reached. */
    abstract GraphStore unreachableStore();

    @Test
    void aSelectAnswersWithPlainTypedTerms() {
        ResultRows rows = store().select("""
                SELECT ?value ?label WHERE {
                  <https://w3id.org/ia-sante/id/amount/france-2030> <https://schema.org/value> ?value ;
                      <http://www.w3.org/2004/02/skos/core#prefLabel> ?label FILTER(lang(?label) = "fr") }""");
        assertThat(rows.variables()).containsExactly("value", "label");
        assertThat(rows.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("value").datatype()).isEqualTo(Term.XSD + "decimal");
            assertThat(row.get("value").asDecimal()).isEqualByComparingTo("1500000000");
            assertThat(row.get("label")).isEqualTo(Term.text("1,5 Md EUR", "fr"));
        });
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        assertThat(store().ask("ASK { <https://w3id.org/ia-sante/id/priority/regulation> ?p ?o }"))
                .isTrue();
        assertThat(store().ask("ASK { <https://w3id.org/ia-sante/id/priority/nothing> ?p ?o }"))
                .isFalse();
    }

    @Test
    void aConstructAnswersWithTriples() {
        List<TermTriple> triples = store().construct("""
                CONSTRUCT { ?p <http://www.w3.org/2004/02/skos/core#notation> ?n }
                WHERE { ?p <http://www.w3.org/2004/02/skos/core#inScheme> <https://w3id.org/ia-sante/id/scheme/priorites> ;
                           <http://www.w3.org/2004/02/skos/core#notation> ?n }""");
        assertThat(triples)
                .hasSize(4)
                .extracting(t -> t.object().value())
                .containsExactlyInAnyOrder("1", "2", "3", "4");
    }

    @Test
    void aQueryOverItsTimeoutStopsWithQueryTimeoutException() {
        try (GraphStore limited = storeWithTimeout(Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            assertThatThrownBy(() ->
                            limited.select("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"))
                    .isInstanceOf(QueryTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void theDataVersionStaysTheSameWhileNothingChanges() {
        DataVersion first = store().dataVersion();
        DataVersion second = store().dataVersion();
        assertThat(first.tag()).isNotBlank().isEqualTo(second.tag());
        assertThat(second.since()).isEqualTo(first.since());
    }

    @Test
    void aMalformedQueryIsAnIllegalArgument() {
        assertThatThrownBy(() -> store().select("SELECT ?s WHERE { ?s ?p }"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreachableStoreRaisesGraphUnavailableNamingIt() {
        GraphStore unreachable = unreachableStore();
        assertThatThrownBy(() -> unreachable.ask("ASK {}"))
                .isInstanceOf(GraphUnavailableException.class)
                .hasMessageContaining(unreachable.describe().replace("the SPARQL endpoint ", ""));
    }
}
