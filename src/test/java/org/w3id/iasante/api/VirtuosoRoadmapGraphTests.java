package org.w3id.iasante.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.iasante.support.RequiresVirtuoso;
import org.w3id.iasante.support.Virtuoso;

/** The contract against Virtuoso 7.2 (Debian's package, its row cap kept), the remote engine users outgrow one machine with. */
@RequiresVirtuoso
class VirtuosoRoadmapGraphTests extends RoadmapGraphContract {

    private static RoadmapGraph graph;

    @BeforeAll
    static void connect() {
        graph = RoadmapGraph.remote(Virtuoso.withRepositoryAndHdh().queryEndpoint());
    }

    @AfterAll
    static void close() {
        if (graph != null) graph.close();
    }

    @Override
    RoadmapGraph graph() {
        return graph;
    }
}
