package org.w3id.iasante.linkeddata.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.WebSliceTest;
import org.w3id.iasante.linkeddata.page.ResourcePages;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/** The ontology's namespace alone, over a mocked graph: each named graph under /def as RDF, 404, 406. */
@WebSliceTest(OntologyController.class)
class OntologyControllerTests {

    private static final String DEF = "https://w3id.org/ia-sante/def";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private RoadmapGraph graph;

    @MockitoBean
    private ResourcePages pages;

    @BeforeEach
    void theOntologyAndItsShapesAreLoaded() {
        when(graph.select("select-resource-properties", Map.of("resource", Term.iri(DEF))))
                .thenReturn(new ResultRows(
                        List.of("property", "value"),
                        List.of(Map.of(
                                "property", Term.iri("http://www.w3.org/2002/07/owl#versionIRI"),
                                "value", Term.iri(DEF + "/0.1.0")))));
        for (String iri : List.of(DEF, DEF + "/shapes")) {
            when(graph.construct("construct-graph", Map.of("graph", Term.iri(iri))))
                    .thenReturn(List.of(new TermTriple(
                            Term.iri(iri),
                            Term.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                            Term.iri("http://www.w3.org/2002/07/owl#Ontology"))));
        }
    }

    @Test
    void theOntologyIsServedInTheSyntaxItsExtensionNames() {
        assertThat(mvc.get().uri("/def.ttl"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/turtle")
                .bodyText()
                .contains("owl:Ontology");
        assertThat(mvc.get().uri("/def.jsonld")).hasStatusOk().hasContentTypeCompatibleWith("application/ld+json");
        assertThat(mvc.get().uri("/def").header("Accept", "application/rdf+xml"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("application/rdf+xml");
    }

    @Test
    void theVersionIriServesTheOntology() {
        assertThat(mvc.get().uri("/def/0.1.0.ttl"))
                .hasStatusOk()
                .bodyText()
                .contains("<https://w3id.org/ia-sante/def>");
    }

    @Test
    void aGraphUnderDefIsTurtleEvenForABrowser() {
        assertThat(mvc.get().uri("/def/shapes").header("Accept", "text/html"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/turtle");
    }

    @Test
    void aGraphThatIsNotLoadedIs404AndAnUnservedTypeIs406() {
        assertThat(mvc.get().uri("/def/imports/nothing.ttl")).hasStatus(404);
        assertThat(mvc.get().uri("/def").header("Accept", "application/pdf")).hasStatus(406);
    }

    @Test
    void theDocumentationIsAskedForInTheReadersLanguage() {
        when(graph.select("select-ontology-terms", Map.of())).thenReturn(new ResultRows(List.of(), List.of()));
        when(pages.page(DEF, Language.EN)).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/def").header("Accept", "text/html").header("Accept-Language", "en"))
                .as("no metadata for the ontology: not loaded")
                .hasStatus(404);
        verify(pages).page(DEF, Language.EN);
    }
}
