package org.w3id.iasante.hdh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryBinder;
import org.w3id.iasante.query.SearchWords;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.RunningApplication;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The main command with {@code ias.hdh.location} set: the cross-reference questions over HTTP, and the imported resources on the site. */
@TemporaryStoreApplicationTest(properties = RepositoryKnowledge.WITH_HDH)
class HdhEndpointTests {

    private static final JsonMapper JSON = new JsonMapper();

    @LocalServerPort
    int port;

    @Autowired
    SparqlEndpoint endpoint;

    @BeforeAll
    static void hdhMetadataIsThere() {
        assumeTrue(
                RepositoryKnowledge.hdhAvailable(),
                "the HDH metadata is not at " + RepositoryKnowledge.HDH + " (set -Dias.hdh-dir)");
    }

    static Stream<CatalogueQuery> crossReferenceQuestions() {
        return RepositoryKnowledge.catalogue().questions().stream()
                .filter(q -> q.requires().contains("hdh"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crossReferenceQuestions")
    void everyCrossReferenceQuestionAnswersOverHttpAsInProcess(CatalogueQuery question) {
        Query query = QueryBinder.parse(question);
        RowSet expected = RepositoryKnowledge.select(RepositoryKnowledge.datasetWithHdh(), query);
        try (RDFConnection connection = RDFConnection.queryConnect(endpoint.queryUrl())) {
            org.apache.jena.query.ResultSetRewindable want = ResultSetFactory.makeRewindable(ResultSet.adapt(expected));
            ResultSet got =
                    ResultSetFactory.makeRewindable(connection.query(query).execSelect());
            assertThat(want.size()).as("%s answers something", question.name()).isPositive();
            boolean same = query.hasOrderBy()
                    ? ResultSetCompare.equalsByTermAndOrder(want, got)
                    : ResultSetCompare.equalsByTerm(want, got);
            assertThat(same).isTrue();
        }
    }

    @Test
    void theImportedResourcesAreOnTheSiteAndInTheSearch() {
        RunningApplication site = new RunningApplication(port);
        String table = site.get("/doc/snds-table/IR_BEN_R", Map.of("Accept-Language", "fr"))
                .body();
        assertThat(table).contains("Référentiel des bénéficiaires", "BEN_NIR_PSA", "Health Data Hub");
        String variable = site.get("/doc/snds-variable/IR_BEN_R--BEN_NIR_PSA", Map.of("Accept-Language", "en"))
                .body();
        assertThat(org.jsoup.Jsoup.parse(variable).title())
                .as("a variable's page is titled by its name, not its IRI")
                .startsWith("BEN_NIR_PSA");
        assertThat(org.jsoup.Jsoup.parse(variable).select("h1").text()).isEqualTo("BEN_NIR_PSA");
        assertThat(site.get("/search?q=referentiel+beneficiaires", Map.of()).body())
                .contains("href=\"/doc/snds-table/IR_BEN_R\"");
        String ars = site.get("/api/queries/select-ars-for-departement?code=%2269%22", Map.of())
                .body();
        assertThat(ars).contains("ARS-84");
    }

    @Test
    void whatTheSndsSchemaStatesIsListedByTypeAPageAtATimeSoTheSourcesPageStaysSmall() {
        RunningApplication site = new RunningApplication(port);
        HttpResponse<String> sourcePage = site.get("/doc/source/hdh-schema-snds", Map.of("Accept-Language", "en"));
        // Its graph describes some 10 000 resources; the page names each type and 25 of each.
        assertThat(sourcePage.body().length()).as("the page's size (chars)").isLessThan(300_000);
        Element tables = Jsoup.parse(sourcePage.body()).select("#facts .listed").stream()
                .filter(group -> group.select("h3 a").attr("title").equals("http://www.w3.org/ns/csvw#Table"))
                .findFirst()
                .orElseThrow();
        assertThat(tables.select("h3 .count").text()).isEqualTo("188");
        List<String> reached = new ArrayList<>();
        while (true) {
            List<String> onPage = tables.select("li a").eachAttr("title");
            assertThat(onPage).hasSizeLessThanOrEqualTo(25);
            reached.addAll(onPage);
            String next = tables.select("a[rel=next]").attr("href");
            if (next.isEmpty()) break;
            HttpResponse<String> nextPage = site.get(next, Map.of("Accept-Language", "fr"));
            assertThat(nextPage.statusCode()).isEqualTo(200);
            Document document = Jsoup.parse(nextPage.body());
            assertThat(document.select("h1").text()).contains("ce que cette source énonce", "Table");
            tables = document.selectFirst(".listed");
        }
        assertThat(reached)
                .doesNotHaveDuplicates()
                .hasSize(188)
                .contains("https://w3id.org/ia-sante/id/snds-table/IR_BEN_R");
        assertThat(site.get(
                                "/source-facts?source=https://w3id.org/ia-sante/id/source/hdh-schema-snds&type=urn:x:none",
                                Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    /** The six variables whose description holds « date de naissance » (snds_vars.csv of the SNDS dictionary). */
    private static final List<String> BIRTH_DATE_CHECKS = Stream.of(
                    "T_HADaaC--NAI_RET",
                    "T_HADaaC--COH_NAI_RET",
                    "T_MCOaaC--NAI_RET",
                    "T_MCOaaCSTC--NAI_RET",
                    "T_SSRaaC--NAI_RET",
                    "T_SSRaaCSTC--NAI_RET")
            .map(name -> "https://w3id.org/ia-sante/id/snds-variable/" + name)
            .toList();

    @Test
    void searchFindsSndsVariablesByAPhraseOfTheirDescriptionAndSaysWhatEachHitIs() {
        RunningApplication site = new RunningApplication(port);
        JsonNode hits = JSON.readTree(site.get("/api/search?q=date+de+naissance", Map.of("Accept-Language", "en"))
                .body());
        List<String> found =
                hits.valueStream().map(hit -> hit.path("iri").asString()).toList();
        assertThat(found).containsAll(BIRTH_DATE_CHECKS);
        JsonNode first = hits.get(0);
        assertThat(BIRTH_DATE_CHECKS)
                .as("the whole phrase in a description ranks before its words apart")
                .contains(first.path("iri").asString());
        assertThat(first.path("kind").asString()).isEqualTo("Variable");
        assertThat(first.path("label").asString()).endsWith("NAI_RET");
        assertThat(first.path("matched").asString()).containsIgnoringCase("date de naissance");

        String page = site.get("/search?q=date+de+naissance", Map.of("Accept-Language", "fr"))
                .body();
        assertThat(org.jsoup.Jsoup.parse(page).select("#results li .kind-of").eachText())
                .contains("Variable");
    }

    @Test
    void theCatalogueQuestionTakesAPhraseAndFindsTheVariablesMentioningEachOfItsWords() {
        String answer = new RunningApplication(port)
                .get("/api/queries/select-snds-variables-mentioning?term=%22date%20de%20naissance%22", Map.of())
                .body();
        JsonNode rows = JSON.readTree(answer).path("rows");
        assertThat(rows.valueStream()
                        .map(row -> row.path("variable").path("value").asString()))
                .containsAll(BIRTH_DATE_CHECKS);
        assertThat(rows.valueStream())
                .allSatisfy(row -> assertThat(SearchWords.indexed(
                                row.path("name").path("value").asString() + " "
                                        + row.path("description").path("value").asString("")))
                        .contains("date", "de", "naissance"));
        String sixWords = new RunningApplication(port)
                .get(
                        "/api/queries/select-snds-variables-mentioning?term=%22date%20de%20naissance%20du%20patient%20retenue%22",
                        Map.of())
                .body();
        assertThat(JSON.readTree(sixWords).path("rows").isEmpty())
                .as("a sixth word is not dropped: the phrase is too long to be looked for")
                .isTrue();
    }
}
