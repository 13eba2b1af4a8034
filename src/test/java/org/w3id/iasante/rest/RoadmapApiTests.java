package org.w3id.iasante.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/** The JSON API of the running application (embedded store): each resource, language choice, errors. */
@TemporaryStoreApplicationTest
class RoadmapApiTests {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Value("${ias.store.location}")
    Path store;

    @Test
    void thePrioritiesComeAsJsonInTheLanguageOfTheLangParameter() throws Exception {
        HttpResponse<String> response = get("/api/priorities?lang=en", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"rank\":1", "\"label\":\"Regulation\"", "\"label\":\"Economic framework\"");
    }

    @Test
    void withoutLangTheAcceptLanguageHeaderChooses() throws Exception {
        assertThat(get("/api/priorities", "en-GB,en;q=0.9").body()).contains("\"Regulation\"");
        assertThat(get("/api/priorities", "fr-FR").body()).contains("\"Régulation\"");
        assertThat(get("/api/priorities", "de").body())
                .as("French, the source's language, by default")
                .contains("\"Régulation\"");
    }

    @Test
    void theProgrammesCarryExactAmounts() throws Exception {
        assertThat(get("/api/programmes?lang=fr", null).body())
                .contains("\"value\":1500000000,", "\"currency\":\"EUR\"", "\"amountAsStated\":\"1,5 Md EUR\"");
        assertThat(get("/api/funding", null).body()).contains("2180000000");
    }

    @Test
    void thePhasesCanBeFilteredByYear() throws Exception {
        String body = get("/api/phases?year=2024&lang=en", null).body();
        assertThat(body)
                .contains("\"label\":\"2024\"", "Research calls for projects")
                .doesNotContain("2026-2030");
    }

    @Test
    void theActorsLegalActsAndSourcesAreServed() throws Exception {
        assertThat(get("/api/actors?lang=fr", null).body()).contains("\"acronyms\":[\"DNS\"]", "Pilotage stratégique");
        assertThat(get("/api/legal-acts?lang=en", null).body())
                .contains("\"celex\":\"32024R1689\"", "\"date\":\"2024-06-13\"");
        assertThat(get("/api/sources?iri=https://w3id.org/ia-sante/id/programme/france-2030&lang=fr", null)
                        .body())
                .contains("3. Financements mobilisés");
    }

    @Test
    void aCatalogueQueryRunsWithItsParametersFromTheQueryString() throws Exception {
        HttpResponse<String> response = get("/api/queries/select-actions-in-year?year=2025", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Généralisation des formations").doesNotContain("Appels à projets");
        assertThat(get("/api/queries/ask-programme-linked-to-priority", null).body())
                .isEqualTo("{\"boolean\":false}");
        assertThat(get("/api/queries", null).body()).contains("\"name\":\"select-priorities\"");
    }

    @Test
    void mistakesAnswerWithProblemDetails() throws Exception {
        HttpResponse<String> unknownResource = get("/api/sources?iri=https://w3id.org/ia-sante/id/nothing", null);
        assertThat(unknownResource.statusCode()).isEqualTo(404);
        assertThat(unknownResource.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknownResource.body()).contains("says nothing about");
        assertThat(get("/api/queries/select-nothing", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/queries/select-priorities?year=2024", null).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/priorities?lang=de", null).statusCode()).isEqualTo(400);
        HttpResponse<String> notAYear = get("/api/queries/select-actions-in-year?year=abc", null);
        assertThat(notAYear.statusCode()).as("was 200 with no rows").isEqualTo(400);
        assertThat(notAYear.body()).contains("?year", "takes a number, e.g. 2027");
    }

    /** Issue 13: the error page asked for directly was a 500 {"status":999}; a 404 named the store's folder. */
    @Test
    void noErrorIsA500OrNamesTheStoresFolder() throws Exception {
        String folder = store.toString();
        HttpResponse<String> probe = get("/api/sources?iri=file:///etc/passwd", null);
        assertThat(probe.statusCode()).isEqualTo(404);
        assertThat(probe.body()).contains("says nothing about").doesNotContain(folder);
        HttpResponse<String> errorPage = get("/error", null);
        assertThat(errorPage.statusCode()).isEqualTo(404);
        assertThat(errorPage.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(errorPage.body()).doesNotContain("999");
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (acceptLanguage != null) request.header("Accept-Language", acceptLanguage);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
