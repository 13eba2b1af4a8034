package org.w3id.iasante.store;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.iasante.query.FreshValues;

/**
 * The endpoint's answers kept per data version: a question asked again on unchanged data (the
 * site, a notebook re-run, a dashboard) is answered without being evaluated again. The key holds
 * the store's data version, so a write makes new keys and nothing stale is ever served; answers
 * are bounded in total rows and triples, those least likely to be asked again out first
 * (Caffeine). A query asking for fresh values (NOW, RAND, UUID, STRUUID, BNODE) is never kept.
 */
final class ResultCache {

    /** A complete answer, detached from the store (its nodes resolved), safe to share between requests. */
    sealed interface Answer {

        /** Rows or triples held: the cache's weight. */
        int size();

        /** A fresh result over the kept answer, for one response. */
        QueryExecResult result();
    }

    record Rows(List<Var> vars, List<Binding> rows) implements Answer {
        public int size() {
            return rows.size() + 1;
        }

        public QueryExecResult result() {
            return new QueryExecResult(RowSetStream.create(vars, rows.iterator()));
        }
    }

    record Truth(boolean value) implements Answer {
        public int size() {
            return 1;
        }

        public QueryExecResult result() {
            return new QueryExecResult(value);
        }
    }

    record Quads(List<Quad> quads, Map<String, String> prefixes) implements Answer {
        static Quads of(DatasetGraph dataset) {
            return new Quads(
                    List.copyOf(dataset.stream().toList()),
                    Map.copyOf(dataset.prefixes().getMapping()));
        }

        public int size() {
            return quads.size() + 1;
        }

        public QueryExecResult result() {
            DatasetGraph dataset = DatasetGraphFactory.create();
            dataset.prefixes().putAll(prefixes);
            quads.forEach(dataset::add);
            return new QueryExecResult(dataset);
        }
    }

    record Triples(List<Triple> triples, Map<String, String> prefixes) implements Answer {
        static Triples of(Graph graph) {
            return new Triples(
                    List.copyOf(graph.find().toList()),
                    Map.copyOf(graph.getPrefixMapping().getNsPrefixMap()));
        }

        public int size() {
            return triples.size() + 1;
        }

        public QueryExecResult result() {
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(prefixes);
            triples.forEach(graph::add);
            return new QueryExecResult(graph);
        }
    }

    private final Cache<String, Answer> answers;
    private final Supplier<String> version;

    /**
     * @param maxSize rows and triples kept in all, 0 to keep nothing
     * @param version the data version the store serves now
     */
    ResultCache(long maxSize, Supplier<String> version) {
        this.answers = WeighedCache.of(maxSize, Answer::size);
        this.version = version;
    }

    /**
     * The key of a query on the data served now, or empty when its answer must not be kept: no
     * cache, fresh values asked for, or a dataset chosen by the request rather than the query.
     */
    Optional<String> key(Query query, boolean datasetFromRequest) {
        if (answers == null || datasetFromRequest) return Optional.empty();
        if (FreshValues.askedBy(query)) return Optional.empty();
        return Optional.of(version.get() + "\n" + query.serialize());
    }

    Optional<Answer> get(String key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    /** Questions answered from the cache so far. */
    long hits() {
        return answers == null ? 0 : answers.stats().hitCount();
    }

    /** Questions it could have kept, looked up and not found. */
    long misses() {
        return answers == null ? 0 : answers.stats().missCount();
    }

    void put(String key, Answer answer) {
        answers.put(key, answer);
    }
}
