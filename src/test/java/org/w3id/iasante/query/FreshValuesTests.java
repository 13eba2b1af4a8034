package org.w3id.iasante.query;

import static org.assertj.core.api.Assertions.assertThat;

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
                "SELECT ?s { ?s ?p ?o }",
                "SELECT ?nowhere { ?nowhere ?p ?o }",
                "SELECT ?s { ?s <http://example.org/random> ?o }",
                "SELECT (COUNT(*) AS ?n) { ?s a ?bnodeType }"
            })
    void namesThatOnlyLookLikeThoseFunctionsDoNot(String query) {
        assertThat(FreshValues.askedBy(query)).isFalse();
    }
}
