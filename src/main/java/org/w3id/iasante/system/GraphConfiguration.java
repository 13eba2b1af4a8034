package org.w3id.iasante.system;

import org.springframework.context.annotation.Bean;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.query.QueryCatalogue;
import org.w3id.iasante.store.ClientBudget;
import org.w3id.iasante.store.EndpointProperties;
import org.w3id.iasante.store.GraphStore;

/** What every profile shares: the knowledge files, the question catalogue, and the graph's Java API over the store. */
class GraphConfiguration {

    @Bean
    KnowledgeLocation knowledgeLocation(KnowledgeProperties properties) {
        return properties.toLocation();
    }

    @Bean
    QueryCatalogue queryCatalogue(KnowledgeLocation location) {
        return QueryCatalogue.load(location);
    }

    /**
     * Each client address's share of the server, one account whether it asks the SPARQL endpoint
     * or the JSON API (off unless {@code ias.sparql.client-*} is set).
     */
    @Bean
    ClientBudget clientBudget(EndpointProperties properties) {
        return ClientBudget.of(properties);
    }

    /** The only way the web layer reaches the graph, whichever store is behind it. */
    @Bean
    RoadmapGraph roadmapGraph(GraphStore store, QueryCatalogue catalogue) {
        return RoadmapGraph.over(store, catalogue);
    }
}
