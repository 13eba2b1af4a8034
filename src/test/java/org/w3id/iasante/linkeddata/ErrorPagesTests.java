package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The container's error page as a client meets it: asked for directly, it is a 404, never
 * Spring Boot's {@code "status": 999} 500; a failure of ours says so without what failed.
 * (MockMvc does not forward errors to the error page, so the forward's attributes are set here.)
 */
@WebSliceTest(ErrorPages.class)
class ErrorPagesTests {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void theErrorPageAskedForDirectlyIsNotFoundForABrowserAndForAProgram() {
        assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
                .bodyText()
                .contains("lang=\"fr\"", "Ressource inconnue")
                .doesNotContain("999");
        assertThat(mvc.get().uri("/error").accept(MediaType.APPLICATION_JSON))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("There is no page at /error.");
    }

    @Test
    void aFailureOfOursSaysTheFaultIsOursAndNothingOfWhatFailed() {
        IllegalStateException internal = new IllegalStateException(
                "Cannot write /var/lib/ia-sante/store/Data-0001 (org.apache.jena.tdb2.TDBException)");
        for (MediaType accept : new MediaType[] {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON}) {
            assertThat(mvc.get()
                            .uri("/error")
                            .accept(accept)
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                            .requestAttr(RequestDispatcher.ERROR_EXCEPTION, internal)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/doc/priority/regulation"))
                    .hasStatus(500)
                    .bodyText()
                    .contains("The fault is ours")
                    .doesNotContain("/var/lib", "Data-0001", "jena", "Exception", "at org.");
        }
    }

    /** Issue 14: the 404 had no header, no navigation, and said "No static resource foo/bar.". */
    @Test
    void anUnknownPathIsTheSitesOwnPageWithItsNavigationSearchAndLanguageSwitch() {
        assertThat(mvc.get()
                        .uri("/error")
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/foo/bar")
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "No static resource foo/bar."))
                .hasStatus(404)
                .bodyText()
                .contains(
                        "lang=\"en\"",
                        "Unknown resource",
                        "href=\"/comparisons\"",
                        "role=\"search\"",
                        "href=\"/foo/bar?lang=fr\"")
                .doesNotContain("No static resource");
    }

    @Test
    void aClientsMistakeKeepsTheMessageThatSaysWhatToChange() {
        assertThat(mvc.get()
                        .uri("/error")
                        .accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "The parameter year must be a year, e.g. 2026"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("The parameter year must be a year, e.g. 2026");
    }
}
