package org.w3id.iasante.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which queries must be answered afresh each time, whatever cache stands in front. */
class FreshValuesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT (NOW() AS ?t) {}",
                "select (rand () as ?r) {}",
                "SELECT ?s { ?s ?p ?o } ORDER BY RAND()",
                "SELECT (UUID() AS ?u) (STRUUID() AS ?v) {}",
                "CONSTRUCT { ?x ?p ?o } WHERE { ?s ?p ?o BIND(BNODE() AS ?x) }"
            })
    void aCallToNowRandUuidOrBnodeAsksForFreshValues(String query) {
        assertThat(FreshValues.askedBy(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ?s { ?s ?p ?o BIND(bnode(?s) AS ?b) }",
                "SELECT ?s { { SELECT ?s (STRUUID() AS ?id) { ?s ?p ?o } } }",
                "SELECT ?s { ?s ?p ?o FILTER EXISTS { ?s ?q ?t FILTER(?t < NOW()) } }",
                "SELECT ?s { ?s ?p ?o FILTER NOT EXISTS { ?s ?q ?t BIND(UUID() AS ?u) } }",
                "SELECT ?s { ?s ?p ?o OPTIONAL { ?o ?q ?v FILTER(RAND() < 0.5) } }",
                "SELECT (SAMPLE(RAND()) AS ?r) { ?s ?p ?o } GROUP BY ?s",
                "ASK { BIND(NOW() AS ?t) }"
            })
    void aCallAnywhereInTheQueryInAnyCaseAsksForFreshValues(String query) {
        assertThat(FreshValues.askedBy(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ?s { ?s ?p ?o }",
                "SELECT ?nowhere { ?nowhere ?p ?o }",
                "SELECT ?s { ?s <http://example.org/random> ?o }",
                "SELECT (COUNT(*) AS ?n) { ?s a ?bnodeType }",
                "SELECT ?s { ?s ?p \"NOW()\" }",
                "# ORDER BY RAND()\nSELECT ?s { ?s ?p ?o }",
                "SELECT ?s { ?s ?p ?o FILTER(CONTAINS(?o, \"bnode(\")) }",
                "CONSTRUCT { _:b ?p ?o } WHERE { ?s ?p ?o }"
            })
    void namesThatOnlyLookLikeThoseFunctionsDoNot(String query) {
        assertThat(FreshValues.askedBy(query)).isFalse();
    }

    @Test
    void textThatDoesNotParseIsNeverKept() {
        assertThat(FreshValues.askedBy("SELECT ?s WHERE { ?s ?p")).isTrue();
    }
}
