package org.w3id.iasante.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.Phase;
import org.w3id.iasante.api.Priority;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.api.UnknownResourceException;
import org.w3id.iasante.linkeddata.ReaderLanguage;
import org.w3id.iasante.linkeddata.WebSliceTest;
import org.w3id.iasante.linkeddata.search.SiteSearch;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.query.QueryTopic;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermParser;
import org.w3id.iasante.store.QueryTimeoutException;

/** The JSON API's controllers alone, over a mocked graph: statuses, media types, parameters, language. */
@WebSliceTest({RoadmapApiController.class, SearchApiController.class})
class RoadmapApiControllerTests {

    private static final String REGULATION = "https://w3id.org/ia-sante/id/priority/regulation";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private RoadmapGraph graph;

    @MockitoBean
    private SiteSearch search;

    private void priorities() {
        when(graph.priorities(Language.FR)).thenReturn(List.of(new Priority(REGULATION, 1, "Régulation", "…")));
        when(graph.priorities(Language.EN)).thenReturn(List.of(new Priority(REGULATION, 1, "Regulation", "…")));
    }

    @Test
    void thePrioritiesComeAsJsonInTheLanguageOfTheLangParameterWhichIsRemembered() {
        priorities();
        MvcTestResult result = mvc.get()
                .uri("/api/priorities?lang=en")
                .header("Accept-Language", "fr")
                .exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$[0].label").isEqualTo("Regulation");
        assertThat(result).bodyJson().extractingPath("$[0].rank").isEqualTo(1);
        assertThat(result).cookies().hasValue(ReaderLanguage.COOKIE, "en");
    }

    @Test
    void withoutLangTheCookieThenAcceptLanguageChooseElseFrench() {
        priorities();
        assertThat(mvc.get()
                        .uri("/api/priorities")
                        .cookie(new jakarta.servlet.http.Cookie(ReaderLanguage.COOKIE, "en"))
                        .header("Accept-Language", "fr"))
                .bodyJson()
                .extractingPath("$[0].label")
                .isEqualTo("Regulation");
        assertThat(mvc.get().uri("/api/priorities").header("Accept-Language", "de, en-GB;q=0.8, fr;q=0.5"))
                .as("the first of fr or en in the reader's order")
                .bodyJson()
                .extractingPath("$[0].label")
                .isEqualTo("Regulation");
        assertThat(mvc.get().uri("/api/priorities").header("Accept-Language", "de"))
                .bodyJson()
                .extractingPath("$[0].label")
                .isEqualTo("Régulation");
        assertThat(mvc.get().uri("/api/priorities"))
                .bodyJson()
                .extractingPath("$[0].label")
                .isEqualTo("Régulation");
        assertThat(mvc.get()
                        .uri("/api/priorities")
                        .cookie(new jakarta.servlet.http.Cookie(ReaderLanguage.COOKIE, "de"))
                        .header("Accept-Language", "en"))
                .as("a cookie naming another language is ignored")
                .bodyJson()
                .extractingPath("$[0].label")
                .isEqualTo("Regulation");
    }

    @Test
    void anUnknownLanguageIsAProblemOfTheCallersAndChoosesNothing() {
        MvcTestResult result = mvc.get().uri("/api/priorities?lang=de").exchange();

        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Unknown language 'de'");
        assertThat(result).cookies().doesNotContainCookie(ReaderLanguage.COOKIE);
    }

    @Test
    void theYearKeepsOnlyThePhasesCoveringIt() {
        when(graph.phases(Language.FR))
                .thenReturn(List.of(
                        new Phase("p1", "2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of()),
                        new Phase("p2", "2026-2030", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), List.of())));

        assertThat(mvc.get().uri("/api/phases?year=2027"))
                .bodyJson()
                .extractingPath("$[*].iri")
                .asArray()
                .containsExactly("p2");
        assertThat(mvc.get().uri("/api/phases?year=next"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .isEqualTo("The parameter 'year' takes a whole number, e.g. 2027; 'next' is not one.");
    }

    @Test
    void anUnknownResourceOrQueryIs404AsProblemDetails() {
        when(graph.sourcesOf("https://w3id.org/ia-sante/id/nothing", Language.FR))
                .thenThrow(new UnknownResourceException("https://w3id.org/ia-sante/id/nothing"));
        when(graph.catalogue()).thenReturn(List.of());

        assertThat(mvc.get().uri("/api/sources?iri=https://w3id.org/ia-sante/id/nothing"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("says nothing about");
        assertThat(mvc.get().uri("/api/queries/select-nothing"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/sources")).as("iri is required").hasStatus(400);
    }

    @Test
    void aCatalogueQueryRunsWithItsParametersReadAsTerms() {
        CatalogueQuery query = roadmapQuestion("select-phases-in-year");
        when(graph.catalogue()).thenReturn(List.of(query));
        when(graph.select("select-phases-in-year", Map.of("year", TermParser.parseTerm("2024"))))
                .thenReturn(new ResultRows(List.of("phase"), List.of(Map.of("phase", Term.iri("p1")))));

        assertThat(mvc.get().uri("/api/queries/select-phases-in-year?year=2024"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.rows[0].phase.value")
                .isEqualTo("p1");
    }

    @Test
    void aParameterTheQueryDoesNotTakeIsABadRequest() {
        CatalogueQuery query = roadmapQuestion("select-priorities");
        when(graph.catalogue()).thenReturn(List.of(query));
        when(graph.select(any(), any())).thenThrow(new IllegalArgumentException("no parameter 'year'"));

        assertThat(mvc.get().uri("/api/queries/select-priorities?year=2024"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aQueryOverItsTimeIs503() {
        when(graph.totalFunding()).thenThrow(new QueryTimeoutException("Query timed out", null));

        assertThat(mvc.get().uri("/api/funding"))
                .hasStatus(503)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theSearchAnswersInTheReadersLanguageAndNeedsItsText() {
        when(search.find("reglement", Language.EN))
                .thenReturn(List.of(new SiteSearch.Result(
                        "http://data.europa.eu/eli/reg/2024/1689/oj",
                        "/describe?iri=…",
                        "AI Act",
                        "Legal act",
                        "Règlement européen sur l'IA",
                        "fr")));

        MvcTestResult result = mvc.get()
                .uri("/api/search?q=reglement")
                .header("Accept-Language", "en")
                .exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$[0].href").isEqualTo("/describe?iri=…");
        assertThat(result).bodyJson().extractingPath("$[0].kind").isEqualTo("Legal act");
        verify(search).find("reglement", Language.EN);
        assertThat(mvc.get().uri("/api/search")).hasStatus(400);
        assertThat(mvc.get().uri("/api/search?q=x&lang=de"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** A question of the roadmap topic without title, parameters or requirements. */
    private static CatalogueQuery roadmapQuestion(String name) {
        return new CatalogueQuery(
                name, QueryRole.SELECT, QueryTopic.ROADMAP, Map.of(), Map.of(), List.of(), List.of(), "SELECT * {}");
    }
}
