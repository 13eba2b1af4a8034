package org.w3id.iasante.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.iasante.IaSanteApplication;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.StockFuseki;
import org.w3id.iasante.system.GraphContext;

/**
 * The whole application with the {@code remote} profile, against a second, stock Fuseki server
 * process: no store or endpoint of its own, the same answers.
 */
@SpringBootTest(
        classes = {GraphContext.class, IaSanteApplication.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("remote")
class RemoteProfileTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RoadmapGraph graph;

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        registry.add("ias.remote.query-endpoint", () -> StockFuseki.queryUrl());
        registry.add("ias.knowledge.location", RepositoryKnowledge.ROOT::toString);
    }

    @Test
    void theApplicationRunsNoStoreOrEndpointOfItsOwn() {
        assertThat(context.getBeanNamesForType(EmbeddedStore.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SparqlEndpoint.class)).isEmpty();
        assertThat(graph.describe()).contains(StockFuseki.queryUrl());
    }

    @Test
    void theJsonApiAnswersFromTheRemoteEngineAsFromTheEmbeddedStore() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/priorities?lang=en"))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        try (RoadmapGraph embedded = RoadmapGraph.inMemory(RepositoryKnowledge.ROOT)) {
            assertThat(graph.priorities(Language.EN)).isEqualTo(embedded.priorities(Language.EN));
            assertThat(graph.phases(Language.FR)).isEqualTo(embedded.phases(Language.FR));
            assertThat(graph.legalActs(Language.EN)).isEqualTo(embedded.legalActs(Language.EN));
        }
        assertThat(response.body()).contains("\"label\":\"Regulation\"");
    }
}
