package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

class ResultCacheTests {

    private final AtomicReference<String> version = new AtomicReference<>("v1");
    private final ResultCache cache = new ResultCache(100, version::get);
    private final Query query = QueryFactory.create("SELECT ?s { ?s ?p ?o }");

    @Test
    void anAnswerIsKeptForTheSameQuestionOnTheSameData() {
        String key = cache.key(query, false).orElseThrow();
        cache.put(key, rows(3));

        assertThat(cache.key(QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o }"), false))
                .as("the same question written differently")
                .hasValue(key);
        assertThat(cache.get(key))
                .hasValueSatisfying(answer -> assertThat(answer.size()).isEqualTo(4));
    }

    @Test
    void aNewDataVersionMakesANewKeySoNothingStaleIsServed() {
        cache.put(cache.key(query, false).orElseThrow(), rows(3));

        version.set("v2");

        assertThat(cache.get(cache.key(query, false).orElseThrow())).isEmpty();
    }

    @Test
    void aQuestionAskingForFreshValuesIsNeverKept() {
        for (String fresh : List.of(
                "SELECT (NOW() AS ?t) {}",
                "SELECT (RAND() AS ?r) {}",
                "SELECT (UUID() AS ?u) {}",
                "SELECT (STRUUID() AS ?u) {}",
                "CONSTRUCT { ?x <http://example.org/p> 1 } WHERE { BIND (BNODE() AS ?x) }")) {
            assertThat(cache.key(QueryFactory.create(fresh), false)).as(fresh).isEmpty();
        }
    }

    @Test
    void aDatasetChosenByTheRequestRatherThanTheQueryIsNeverKept() {
        assertThat(cache.key(query, true)).isEmpty();
    }

    @Test
    void aCacheOfSizeZeroKeepsNothing() {
        assertThat(new ResultCache(0, version::get).key(query, false)).isEmpty();
    }

    @Test
    void theRowsKeptStayWithinTheBound() {
        for (int i = 0; i < 20; i++) {
            cache.put(
                    cache.key(QueryFactory.create("SELECT ?s { ?s ?p " + i + " }"), false)
                            .orElseThrow(),
                    rows(9));
        }
        long kept = IntStream.range(0, 20)
                .filter(i -> cache.get(cache.key(QueryFactory.create("SELECT ?s { ?s ?p " + i + " }"), false)
                                .orElseThrow())
                        .isPresent())
                .count();
        assertThat(kept * 10).isLessThanOrEqualTo(100);
    }

    private static ResultCache.Rows rows(int count) {
        Var s = Var.alloc("s");
        List<Binding> rows = IntStream.range(0, count)
                .mapToObj(i -> BindingFactory.binding(s, NodeFactory.createURI("http://example.org/" + i)))
                .toList();
        return new ResultCache.Rows(List.of(s), rows);
    }
}
