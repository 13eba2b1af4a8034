package org.w3id.iasante.linkeddata.dataset;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.store.DataVersion;

/**
 * A {@link RoadmapGraph} of generated named graphs, for the dumps: each graph's triples are made as
 * they are handed over, never held, so a graph may be far larger than the heap. Only what the dumps
 * ask is answered; anything else fails the test.
 */
final class SyntheticGraph {

    static final String BASE = "https://w3id.org/ia-sante/";

    /** Graph IRI → how many triples it holds (counted by select-dataset-graphs). */
    final Map<String, Long> graphs = new LinkedHashMap<>();

    /** Graph IRI → how many triples it hands over page by page (its count unless a test says otherwise). */
    final Map<String, Long> handed = new LinkedHashMap<>();

    final AtomicReference<String> version = new AtomicReference<>("v1");
    final AtomicInteger graphsRead = new AtomicInteger();

    /** Run after each graph is handed over (a test changes the data or fails there). */
    Consumer<String> afterGraph = graph -> {};

    /** Makes the triple number {@code i} of a graph; by default with a random-looking literal. */
    TripleMaker triples = (graph, i) -> new TermTriple(
            Term.iri(BASE + "id/thing/" + (i / 3)),
            Term.iri(BASE + "def#p" + (i % 3)),
            Term.text(Long.toHexString(mix(i)) + Long.toHexString(mix(i + 1)) + Long.toHexString(mix(i + 2)), "fr"));

    interface TripleMaker {
        TermTriple make(String graph, long index);
    }

    SyntheticGraph withGraph(String local, long triples) {
        graphs.put(BASE + local, triples);
        handed.put(BASE + local, triples);
        return this;
    }

    RoadmapGraph asRoadmapGraph() {
        return (RoadmapGraph) Proxy.newProxyInstance(
                RoadmapGraph.class.getClassLoader(),
                new Class<?>[] {RoadmapGraph.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "dataVersion" -> new DataVersion(version.get(), Instant.parse("2026-01-01T00:00:00Z"));
                    case "describe" -> "a synthetic graph";
                    case "select" -> {
                        if (!args[0].equals("select-dataset-graphs"))
                            throw new AssertionError("unexpected query " + args[0]);
                        List<Map<String, Term>> rows = new ArrayList<>();
                        graphs.forEach((graph, count) -> rows.add(Map.of(
                                "graph",
                                Term.iri(graph),
                                "triples",
                                Term.literal(Long.toString(count), "http://www.w3.org/2001/XMLSchema#integer"))));
                        yield new ResultRows(List.of("graph", "triples"), rows);
                    }
                    case "forEachTriple" -> {
                        String graph = (String) args[0];
                        @SuppressWarnings("unchecked")
                        Consumer<TermTriple> action = (Consumer<TermTriple>) args[1];
                        long count = handed.get(graph);
                        for (long i = 0; i < count; i++) action.accept(triples.make(graph, i));
                        graphsRead.incrementAndGet();
                        afterGraph.accept(graph);
                        yield count;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "SyntheticGraph";
                    default -> throw new AssertionError("the dumps asked for " + method.getName());
                });
    }

    /** A cheap, well-spread hash (SplitMix64's finaliser): literals that do not compress away. */
    static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }
}
