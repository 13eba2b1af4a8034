package org.w3id.iasante.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3id.iasante.IaSanteApplication;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.store.StoreProperties;
import org.w3id.iasante.support.RepositoryKnowledge;

/** The main command's start: the endpoint opened from the configuration alone, then handed to the application. */
class MainCommandStartTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void theEndpointStartedEarlyIsTheApplicationsOwnAndClosesWithIt() throws Exception {
        Path store = temp.resolve("store");
        try (ConfigurableApplicationContext context =
                IaSanteApplication.application().run(arguments(store, 0, 0))) {
            assertThat(BeanFactoryUtils.beansOfTypeIncludingAncestors(context, SparqlEndpoint.class))
                    .hasSize(1);
            SparqlEndpoint endpoint = context.getBean(SparqlEndpoint.class);
            assertThat(get(endpoint.queryUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))
                            .statusCode())
                    .isEqualTo(200);
            String site = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/";
            assertThat(get(site).statusCode()).isEqualTo(200);
        }
        try (EmbeddedStore reopened = EmbeddedStore.open(store)) {
            assertThat(reopened.isEmpty())
                    .as("closed with the application, nothing lost")
                    .isFalse();
        }
    }

    /** As the README writes it: {@code IAS_HDH_LOCATION=../shared/hdh ./mvnw spring-boot:run}. */
    @Test
    void aPathSettingWrittenRelativeWithDotDotIsReadAsWritten() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(temp.resolve("store"));
        assertThat(relative.toString()).startsWith("..");
        String[] arguments = arguments(relative, 0, 0);
        try (ConfigurableApplicationContext context =
                IaSanteApplication.application().run(arguments)) {
            assertThat(context.getBean(StoreProperties.class).location()).isEqualTo(relative);
        }
        try (EmbeddedStore reopened = EmbeddedStore.open(temp.resolve("store"))) {
            assertThat(reopened.isEmpty()).isFalse();
        }
    }

    @Test
    void aSiteThatCannotStartReleasesTheStoreAndTheEndpointStartedBeforeIt() throws Exception {
        Path store = temp.resolve("store");
        int sparqlPort;
        try (ServerSocket free = new ServerSocket(0)) {
            sparqlPort = free.getLocalPort();
        }
        try (ServerSocket taken = new ServerSocket(0)) {
            String[] arguments = arguments(store, taken.getLocalPort(), sparqlPort);
            assertThatThrownBy(() -> IaSanteApplication.application().run(arguments))
                    .isInstanceOf(RuntimeException.class);
        }
        try (EmbeddedStore reopened = EmbeddedStore.open(store);
                ServerSocket again = new ServerSocket(sparqlPort)) {
            assertThat(again.isBound()).as("the SPARQL port is free again").isTrue();
            assertThat(reopened.isEmpty()).isFalse();
        }
    }

    private static String[] arguments(Path store, int sitePort, int sparqlPort) {
        return new String[] {
            "--ias.store.location=" + store,
            "--ias.knowledge.location=" + RepositoryKnowledge.ROOT,
            "--ias.sparql.port=" + sparqlPort,
            "--ias.sparql.loopback-only=true",
            "--server.port=" + sitePort
        };
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
