package org.w3id.iasante.linkeddata.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.WebSliceTest;

/** The search page alone, over a mocked search: the results in the reader's language, an empty box. */
@WebSliceTest(SearchController.class)
class SearchControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private SiteSearch search;

    @Test
    void theResultsAreListedInTheReadersLanguage() {
        when(search.find("regulation", Language.EN))
                .thenReturn(List.of(new SiteSearch.Result(
                        "https://w3id.org/ia-sante/id/priority/regulation",
                        "/doc/priority/regulation",
                        "Regulation",
                        "Priority",
                        "Regulation",
                        "en")));

        assertThat(mvc.get().uri("/search?q=regulation&lang=en"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
                .bodyText()
                .contains(
                        "href=\"/doc/priority/regulation\"", "lang=\"en\"", "<span class=\"kind-of\">Priority</span>");
    }

    @Test
    void anEmptyBoxFindsNothingAndSaysNothing() {
        when(search.find("", Language.FR)).thenReturn(List.of());

        assertThat(mvc.get().uri("/search")).hasStatusOk().bodyText().contains("lang=\"fr\"");
    }
}
