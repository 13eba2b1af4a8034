package org.w3id.iasante.linkeddata.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.ReaderLanguage;
import org.w3id.iasante.linkeddata.WebSliceTest;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/** Dereferencing alone, over mocked pages: 303, each representation and its media type, 404, 406, the language. */
@WebSliceTest(ResourceController.class)
class ResourceControllerTests {

    private static final String REGULATION = "https://w3id.org/ia-sante/id/priority/regulation";
    private static final String ELI = "http://data.europa.eu/eli/reg/2024/1689/oj";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private ResourcePages pages;

    @BeforeEach
    void theGraphDescribesTheRegulationPriorityAndTheAiAct() {
        for (String iri : List.of(REGULATION, ELI)) {
            when(pages.isDescribed(iri)).thenReturn(true);
            when(pages.description(iri))
                    .thenReturn(List.of(new TermTriple(
                            Term.iri(iri),
                            Term.iri("http://www.w3.org/2004/02/skos/core#prefLabel"),
                            Term.text("Régulation", "fr"))));
        }
    }

    @Test
    void anIdentifierIs303ToItsDescriptionInTheRepresentationAsked() {
        assertThat(mvc.get().uri("/id/priority/regulation").accept(MediaType.TEXT_HTML))
                .hasStatus(303)
                .hasRedirectedUrl("/doc/priority/regulation");
        assertThat(mvc.get().uri("/id/priority/regulation").header("Accept", "text/turtle"))
                .hasStatus(303)
                .hasRedirectedUrl("/doc/priority/regulation.ttl");
        assertThat(mvc.get().uri("/id/priority/regulation?format=jsonld"))
                .hasStatus(303)
                .hasRedirectedUrl("/doc/priority/regulation.jsonld");
    }

    @Test
    void anIdentifierTheGraphSaysNothingAboutIs404() {
        assertThat(mvc.get().uri("/id/priority/nothing").accept(MediaType.TEXT_HTML))
                .hasStatus(404);
    }

    @Test
    void eachRdfRepresentationHasItsMediaType() {
        assertThat(mvc.get().uri("/doc/priority/regulation.ttl"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/turtle")
                .bodyText()
                .contains("Régulation");
        assertThat(mvc.get().uri("/doc/priority/regulation.jsonld"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("application/ld+json");
        assertThat(mvc.get().uri("/doc/priority/regulation.rdf"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("application/rdf+xml");
        assertThat(mvc.get().uri("/doc/priority/regulation").header("Accept", "application/n-triples"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("application/n-triples")
                .hasHeader("Content-Location", "/doc/priority/regulation.nt");
    }

    @Test
    void everyRdfRepresentationLinksToThePageAndTheOtherFormats() {
        MvcTestResult turtle = mvc.get().uri("/doc/priority/regulation.ttl").exchange();
        MvcTestResult elsewhere =
                mvc.get().uri("/describe?iri=" + ELI + "&format=nt").exchange();

        assertThat(turtle.getResponse().getHeaders("Link"))
                .containsExactlyInAnyOrder(
                        "</doc/priority/regulation>; rel=\"alternate\"; type=\"text/html\"",
                        "</doc/priority/regulation.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"",
                        "</doc/priority/regulation.rdf>; rel=\"alternate\"; type=\"application/rdf+xml\"",
                        "</doc/priority/regulation.nt>; rel=\"alternate\"; type=\"application/n-triples\"");
        assertThat(elsewhere.getResponse().getHeaders("Link"))
                .hasSize(4)
                .contains(
                        "</describe?iri=http%3A%2F%2Fdata.europa.eu%2Feli%2Freg%2F2024%2F1689%2Foj>; rel=\"alternate\";"
                                + " type=\"text/html\"")
                .noneMatch(link -> link.contains("format=nt"));
    }

    @Test
    void nothingOfferedFittingTheAcceptHeaderIs406ListingWhatIs() {
        MvcTestResult result = mvc.get()
                .uri("/doc/priority/regulation")
                .header("Accept", "application/pdf")
                .exchange();

        assertThat(result).hasStatus(406).hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
        assertThat(result).bodyText().contains("text/turtle", "application/ld+json");
        assertThat(mvc.get().uri("/doc/priority/regulation?format=pdf")).hasStatus(406);
    }

    @Test
    void thePageIsAskedForInTheChosenLanguageWhichIsRemembered() {
        when(pages.page(REGULATION, Language.EN)).thenReturn(Optional.empty());

        MvcTestResult result = mvc.get()
                .uri("/doc/priority/regulation?lang=en")
                .header("Accept-Language", "fr")
                .accept(MediaType.TEXT_HTML)
                .exchange();

        verify(pages).page(REGULATION, Language.EN);
        // The error page itself is the servlet container's forward, which a slice does not make.
        assertThat(result).hasStatus(404);
        assertThat(result)
                .cookies()
                .hasValue(ReaderLanguage.COOKIE, "en")
                .hasPath(ReaderLanguage.COOKIE, "/")
                .hasMaxAge(ReaderLanguage.COOKIE, Duration.ofDays(365))
                .isHttpOnly(ReaderLanguage.COOKIE, true);
    }

    @Test
    void thePageFollowsAcceptLanguageWithoutAChoice() {
        when(pages.page(REGULATION, Language.EN)).thenReturn(Optional.empty());

        mvc.get()
                .uri("/doc/priority/regulation")
                .header("Accept-Language", "en-GB,en")
                .accept(MediaType.TEXT_HTML)
                .exchange();

        verify(pages).page(REGULATION, Language.EN);
    }

    @Test
    void anUnknownLanguageIsA400Page() {
        assertThat(mvc.get().uri("/doc/priority/regulation?lang=de").accept(MediaType.TEXT_HTML))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
                .cookies()
                .doesNotContainCookie(ReaderLanguage.COOKIE);
    }

    @Test
    void anIriDescribedElsewhereIsServedAtDescribeAndOursIsSentToItsPage() {
        assertThat(mvc.get().uri("/describe?iri=" + ELI + "&format=ttl"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/turtle");
        assertThat(mvc.get().uri("/describe?iri=" + REGULATION))
                .hasStatus(303)
                .hasRedirectedUrl("/doc/priority/regulation");
        assertThat(mvc.get().uri("/describe")).as("iri is required").hasStatus(400);
    }
}
