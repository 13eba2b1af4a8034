package org.w3id.iasante.api;

import org.junit.jupiter.api.AfterAll;
import org.w3id.iasante.support.RepositoryKnowledge;

/** The contract against the repository's files held in memory (Jena). */
class EmbeddedRoadmapGraphTests extends RoadmapGraphContract {

    private static final RoadmapGraph GRAPH = RoadmapGraph.inMemory(RepositoryKnowledge.ROOT);

    @AfterAll
    static void close() {
        GRAPH.close();
    }

    @Override
    RoadmapGraph graph() {
        return GRAPH;
    }
}
