package org.w3id.iasante.linkeddata.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.query.JenaTerms;

/** What the dumps read the store with: a graph handed over page by page, whole, each triple once. */
class GraphPagesTests {

    private static final String GRAPH = "https://w3id.org/ia-sante/graph/large";

    @TempDir
    Path store;

    @Test
    void aGraphOfSeveralPagesIsHandedOverWholeWithEachTripleOnce() {
        int triples = 12_345;
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        Node graphName = NodeFactory.createURI(GRAPH);
        Graph written = GraphFactory.createDefaultGraph();
        Txn.executeWrite(tdb, () -> {
            for (int i = 0; i < triples; i++) {
                Node s = NodeFactory.createURI("https://w3id.org/ia-sante/id/thing/" + i);
                Node p = NodeFactory.createURI("https://w3id.org/ia-sante/def#rank");
                Node o = NodeFactory.createLiteralString(Integer.toString(i));
                tdb.add(graphName, s, p, o);
                written.add(s, p, o);
            }
            // Another graph beside it: not handed over.
            tdb.add(
                    NodeFactory.createURI(GRAPH + "-other"),
                    NodeFactory.createURI("https://w3id.org/ia-sante/id/other"),
                    NodeFactory.createURI("https://w3id.org/ia-sante/def#rank"),
                    NodeFactory.createLiteralString("0"));
        });
        TDBInternal.expel(tdb);

        Graph handed = GraphFactory.createDefaultGraph();
        long count;
        try (RoadmapGraph graph = RoadmapGraph.openStore(store)) {
            count = graph.forEachTriple(
                    GRAPH,
                    t -> handed.add(
                            JenaTerms.node(t.subject()), JenaTerms.node(t.predicate()), JenaTerms.node(t.object())));
        }
        assertThat(count).isEqualTo(triples);
        assertThat(handed.size()).as("no triple twice").isEqualTo(triples);
        assertThat(handed.isIsomorphicWith(written)).isTrue();
    }
}
