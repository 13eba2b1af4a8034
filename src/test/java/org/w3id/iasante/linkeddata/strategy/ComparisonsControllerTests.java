package org.w3id.iasante.linkeddata.strategy;

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

/** The comparisons page alone: read in the reader's language, its words from the messages of that language. */
@WebSliceTest(ComparisonsController.class)
class ComparisonsControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private Comparisons comparisons;

    @Test
    void thePageAndItsWordsFollowTheReadersLanguage() {
        when(comparisons.all(Language.EN)).thenReturn(List.of());
        when(comparisons.all(Language.FR)).thenReturn(List.of());

        assertThat(mvc.get().uri("/comparisons").header("Accept-Language", "en"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
                .bodyText()
                .contains("lang=\"en\"", "No comparison yet");
        assertThat(mvc.get().uri("/comparisons"))
                .hasStatusOk()
                .bodyText()
                .contains("lang=\"fr\"", "Aucune comparaison")
                .doesNotContain("No comparison yet");
    }
}
