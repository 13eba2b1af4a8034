package org.w3id.iasante.linkeddata.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.SiteSlice;
import org.w3id.iasante.linkeddata.WebSliceTest;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryRole;

/** The SPARQL editor page alone: the catalogue's questions in the reader's language, no checks, the endpoint. */
@WebSliceTest(SparqlEditorController.class)
class SparqlEditorControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private RoadmapGraph graph;

    private static CatalogueQuery query(String name, QueryRole role) {
        return new CatalogueQuery(
                name,
                role,
                Map.of("fr", "Les priorités", "en", "The priorities"),
                Map.of("fr", "Quelles priorités ?", "en", "Which priorities?"),
                List.of(),
                List.of(),
                "SELECT * {}");
    }

    @Test
    void everyQuestionButTheChecksIsATabInTheReadersLanguage() {
        when(graph.catalogue())
                .thenReturn(List.of(
                        query("select-priorities", QueryRole.SELECT),
                        query("priority-without-rank-violation", QueryRole.VIOLATION)));

        assertThat(mvc.get().uri("/sparql").header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("The priorities", "Which priorities?", "select-priorities", SiteSlice.ENDPOINT)
                .doesNotContain("priority-without-rank-violation", "Les priorités");
    }
}
