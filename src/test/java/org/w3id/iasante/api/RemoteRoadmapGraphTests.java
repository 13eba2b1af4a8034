package org.w3id.iasante.api;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.w3id.iasante.support.StockFuseki;

/** The contract against stock Fuseki in another process (RDF4J's SPARQLRepository). */
class RemoteRoadmapGraphTests extends RoadmapGraphContract {

    private static final RoadmapGraph GRAPH = RoadmapGraph.remote(URI.create(StockFuseki.queryUrl()));

    @AfterAll
    static void close() {
        GRAPH.close();
    }

    @Override
    RoadmapGraph graph() {
        return GRAPH;
    }
}
