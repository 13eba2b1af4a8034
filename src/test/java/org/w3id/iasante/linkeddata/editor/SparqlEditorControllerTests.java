package org.w3id.iasante.linkeddata.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.SiteSlice;
import org.w3id.iasante.linkeddata.WebSliceTest;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.query.QueryTopic;

/**
 * The SPARQL editor page alone: the catalogue's questions as examples grouped by topic, named in
 * the reader's language; the same examples as RDF at {@code /.well-known/sparql-examples}; the
 * prefixes the editor completes from.
 */
@WebSliceTest(SparqlEditorController.class)
@Import(SparqlExamples.class)
class SparqlEditorControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private RoadmapGraph graph;

    private static CatalogueQuery query(String name, QueryRole role, QueryTopic topic, String fr, String en) {
        return new CatalogueQuery(
                name,
                role,
                topic,
                Map.of("fr", fr, "en", en),
                Map.of("fr", fr + " ?", "en", en + "?"),
                List.of(),
                List.of(),
                "SELECT * {}");
    }

    @BeforeEach
    void catalogue() {
        when(graph.catalogue())
                .thenReturn(List.of(
                        query(
                                "unsourced-violation",
                                QueryRole.VIOLATION,
                                QueryTopic.CHECKS,
                                "Sans source",
                                "Unsourced"),
                        query("select-who-says", QueryRole.SELECT, QueryTopic.SOURCES, "Qui le dit", "Who says so"),
                        query("ask-any-priority", QueryRole.ASK, QueryTopic.ROADMAP, "Une priorité", "Any priority"),
                        query(
                                "select-priorities",
                                QueryRole.SELECT,
                                QueryTopic.ROADMAP,
                                "Les priorités",
                                "The priorities")));
    }

    @Test
    void theExamplesAreGroupedByTopicInTheirOrderNamedInTheReadersLanguageTablesFirst() throws Exception {
        String page = mvc.get()
                .uri("/sparql")
                .header("Accept-Language", "en")
                .exchange()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("The roadmap", "The sources", "Checks on the graph", "Who says so?", SiteSlice.ENDPOINT)
                .doesNotContain("Les priorités", "La feuille de route");
        assertThat(page.indexOf(">The roadmap<"))
                .isLessThan(page.indexOf(">The priorities<"))
                .as("a table question before a yes/no one")
                .isLessThan(page.indexOf(">Any priority<"));
        assertThat(page.indexOf(">Any priority<")).isLessThan(page.indexOf(">The sources<"));
        assertThat(page.indexOf(">The sources<")).isLessThan(page.indexOf(">Checks on the graph<"));
        assertThat(page).contains("data-name=\"select-priorities\"", "href=\"#example=select-priorities\"");
    }

    @Test
    void theExamplesAreServedAsShaclExecutablesInBothLanguagesWithTheirEndpoint() throws Exception {
        MvcTestResult answer = mvc.get()
                .uri("/.well-known/sparql-examples")
                .header("Accept", "text/turtle")
                .exchange();
        assertThat(answer).hasStatusOk().hasContentTypeCompatibleWith("text/turtle");
        Model examples = ModelFactory.createDefaultModel()
                .read(new StringReader(answer.getResponse().getContentAsString()), null, "TURTLE");

        assertThat(examples.listSubjectsWithProperty(RDF.type, SHACLM.SPARQLExecutable)
                        .toList())
                .hasSize(4);
        Resource priorities = examples.listSubjectsWithProperty(
                        org.apache.jena.vocabulary.DCTerms.identifier, "select-priorities")
                .next();
        assertThat(priorities.getURI()).endsWith("/.well-known/sparql-examples#select-priorities");
        assertThat(priorities.hasProperty(RDF.type, SHACLM.SPARQLSelectExecutable))
                .isTrue();
        assertThat(priorities.hasProperty(SHACLM.select, "SELECT * {}")).isTrue();
        assertThat(priorities.hasProperty(RDFS.label, examples.createLiteral("Les priorités", "fr")))
                .isTrue();
        assertThat(priorities.hasProperty(RDFS.comment, examples.createLiteral("The priorities?", "en")))
                .isTrue();
        assertThat(priorities.hasProperty(SchemaDO.keywords, examples.createLiteral("The roadmap", "en")))
                .isTrue();
        assertThat(priorities.getPropertyResourceValue(SchemaDO.target).getURI())
                .isEqualTo(SiteSlice.ENDPOINT);
        assertThat(examples.listSubjectsWithProperty(RDF.type, SHACLM.SPARQLAskExecutable)
                        .toList())
                .singleElement()
                .satisfies(ask -> assertThat(ask.hasProperty(SHACLM.ask)).isTrue());
    }

    @Test
    void aPersonAskingForTheExamplesIsShownTheEditor() {
        assertThat(mvc.get().uri("/.well-known/sparql-examples").header("Accept", "text/html"))
                .hasStatus(303)
                .hasHeader("Location", "/sparql");
    }

    @Test
    void theEditorCompletesPrefixesFromTheOntologysOwnNotFromPrefixCc() throws Exception {
        assertThat(mvc.get().uri("/sparql/prefixes"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.skos")
                .isEqualTo("http://www.w3.org/2004/02/skos/core#");
        assertThat(mvc.get().uri("/sparql").exchange().getResponse().getContentAsString())
                .contains("prefixCcApi = \"/sparql/prefixes\"")
                .doesNotContain("prefix.cc/");
    }
}
