package org.w3id.iasante.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.w3id.iasante.support.RepositoryKnowledge.ask;
import static org.w3id.iasante.support.RepositoryKnowledge.construct;
import static org.w3id.iasante.support.RepositoryKnowledge.select;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.eclipse.rdf4j.query.parser.sparql.SPARQLParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The question catalogue checks itself: every query parses in two toolkits, every question gives
 * the expected answer kept beside it, every violation check finds nothing.
 */
class QueryCatalogueTests {

    /** Run with -Dias.write-expected=true to (re)write the expected results; then review the diff. */
    private static final boolean WRITE_EXPECTED = Boolean.getBoolean("ias.write-expected");

    /** The researchers' questions and the site's own queries: each answers as its expected file says. */
    static Stream<CatalogueQuery> questions() {
        QueryCatalogue catalogue = RepositoryKnowledge.catalogue();
        return Stream.concat(catalogue.questions().stream(), catalogue.siteQueries().stream());
    }

    static Stream<CatalogueQuery> violationChecks() {
        return RepositoryKnowledge.catalogue().violationChecks().stream();
    }

    static Stream<CatalogueQuery> allQueries() {
        QueryCatalogue catalogue = RepositoryKnowledge.catalogue();
        return Stream.concat(catalogue.all().stream(), catalogue.siteQueries().stream());
    }

    @Test
    void theCatalogueHoldsAtLeastFifteenResearcherQuestions() {
        assertThat(RepositoryKnowledge.catalogue().questions()).hasSizeGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allQueries")
    void everyQueryHasATitleAndAQuestionInFrenchAndEnglish(CatalogueQuery query) {
        for (String language : List.of("fr", "en")) {
            assertThat(query.title(language)).isNotBlank();
            assertThat(query.question(language)).isNotBlank();
        }
        assertThat(query.titles()).containsOnlyKeys("fr", "en");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allQueries")
    void everyQueryParsesInJenaAndInRdf4j(CatalogueQuery query) {
        assertThat(QueryBinder.parse(query)).isNotNull();
        assertThat(new SPARQLParser().parseQuery(query.text(), null)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allQueries")
    void everyDeclaredParameterIsAVariableOfTheQueryWithADefault(CatalogueQuery query) {
        assertThat(QueryBinder.parameterBlockVariables(query))
                .as("the VALUES block opening the WHERE clause gives each parameter its default")
                .containsExactlyInAnyOrderElementsOf(
                        query.parameters().stream().map(QueryParameter::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyQuestionReturnsTheExpectedResultKeptBesideIt(CatalogueQuery query) throws Exception {
        assumeTrue(
                !query.requires().contains("hdh") || RepositoryKnowledge.hdhAvailable(),
                "needs the HDH metadata at " + RepositoryKnowledge.HDH + " (set -Dias.hdh-dir)");
        Query parsed = QueryBinder.parse(query);
        switch (query.role()) {
            case SELECT -> {
                RowSet actual = select(RepositoryKnowledge.datasetFor(query), parsed);
                Path expectedFile = expectedFile(query, ".expected.tsv");
                if (WRITE_EXPECTED) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ResultSetMgr.write(out, ResultSet.adapt(actual.rewindable()), ResultSetLang.RS_TSV);
                    Files.writeString(expectedFile, expectedText(out.toString(StandardCharsets.UTF_8), parsed));
                    wrote(expectedFile);
                    return;
                }
                ResultSet expected = ResultSetMgr.read(
                        new ByteArrayInputStream(Files.readAllBytes(expectedFile)), ResultSetLang.RS_TSV);
                ResultSet got = ResultSetFactory.makeRewindable(ResultSet.adapt(actual));
                ResultSet want = ResultSetFactory.makeRewindable(expected);
                boolean same = parsed.hasOrderBy()
                        ? ResultSetCompare.equalsByTermAndOrder(want, got)
                        : ResultSetCompare.equalsByTerm(want, got);
                assertThat(same)
                        .as(
                                "%s gives the result in %s (order %s)",
                                query.name(),
                                expectedFile.getFileName(),
                                parsed.hasOrderBy() ? "matters" : "does not matter")
                        .isTrue();
            }
            case CONSTRUCT -> {
                Graph actual = construct(RepositoryKnowledge.datasetFor(query), parsed);
                Path expectedFile = expectedFile(query, ".expected.ttl");
                if (WRITE_EXPECTED) {
                    try (var out = Files.newOutputStream(expectedFile)) {
                        RDFDataMgr.write(out, actual, Lang.TURTLE);
                    }
                    wrote(expectedFile);
                    return;
                }
                Graph expected = GraphFactory.createDefaultGraph();
                RDFParser.source(expectedFile).lang(Lang.TURTLE).parse(expected);
                assertThat(actual.isIsomorphicWith(expected))
                        .as("%s builds a graph isomorphic to %s", query.name(), expectedFile.getFileName())
                        .isTrue();
            }
            case ASK -> {
                boolean actual = ask(RepositoryKnowledge.datasetFor(query), parsed);
                Path expectedFile = expectedFile(query, ".expected.txt");
                if (WRITE_EXPECTED) {
                    Files.writeString(expectedFile, actual + "\n");
                    wrote(expectedFile);
                    return;
                }
                assertThat(actual)
                        .isEqualTo(Boolean.parseBoolean(
                                Files.readString(expectedFile).strip()));
            }
            case VIOLATION -> throw new IllegalStateException("violation checks are not questions");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violationChecks")
    void everyViolationCheckReturnsNoRowOnTheRepositoryData(CatalogueQuery check) {
        RowSet rows = select(RepositoryKnowledge.dataset(), QueryBinder.parse(check));
        assertThat(rows.hasNext())
                .as("%s finds: %s", check.name(), rows.hasNext() ? rows.next() : "")
                .isFalse();
    }

    @Test
    void theApplicationsOwnQueriesParseInJenaAndInRdf4jAndStayOutOfTheCatalogue() {
        QueryCatalogue system = QueryCatalogue.loadSystem(RepositoryKnowledge.location());
        assertThat(system.all()).extracting(CatalogueQuery::name).containsExactly("select-data-version");
        for (CatalogueQuery query : system.all()) {
            assertThat(QueryBinder.parse(query)).isNotNull();
            assertThat(new SPARQLParser().parseQuery(query.text(), null)).isNotNull();
            assertThat(RepositoryKnowledge.catalogue().find(query.name())).isEmpty();
        }
    }

    @Test
    void theSitesOwnQueriesAreNeverListedYetAnswerByName() {
        QueryCatalogue catalogue = RepositoryKnowledge.catalogue();
        List<String> site =
                catalogue.siteQueries().stream().map(CatalogueQuery::name).toList();
        assertThat(site)
                .containsExactlyInAnyOrder(
                        "ask-resource-described",
                        "construct-graph",
                        "construct-resource-description",
                        "select-graph-triples",
                        "select-labels",
                        "select-resource-claims",
                        "select-resource-incoming",
                        "select-resource-incoming-counts",
                        "select-resource-incoming-labels",
                        "select-resource-kinds",
                        "select-resource-properties",
                        "select-resource-sources",
                        "select-resource-statements",
                        "select-search-texts",
                        "select-source-fact-counts",
                        "select-source-facts-labels",
                        "select-source-facts-of-type",
                        "select-table-columns");
        assertThat(catalogue.all()).extracting(CatalogueQuery::name).doesNotContainAnyElementsOf(site);
        assertThat(catalogue.questions()).extracting(CatalogueQuery::name).doesNotContainAnyElementsOf(site);
        for (String name : site) {
            assertThat(catalogue.get(name).name()).isEqualTo(name);
        }
    }

    @Test
    void whatTheApiAndTheEditorListHoldsNoSiteQueryWhileThePagesStillRunThem() {
        // /api/queries and the SPARQL editor's tabs both list RoadmapGraph#catalogue().
        try (RoadmapGraph graph = RoadmapGraph.inMemory(RepositoryKnowledge.ROOT)) {
            List<String> listed =
                    graph.catalogue().stream().map(CatalogueQuery::name).toList();
            assertThat(listed).contains("select-priorities", "select-hdh-links");
            assertThat(listed)
                    .doesNotContainAnyElementsOf(RepositoryKnowledge.catalogue().siteQueries().stream()
                            .map(CatalogueQuery::name)
                            .toList());
            assertThat(graph.select("select-labels", Map.of()).rows()).isNotEmpty();
            assertThat(graph.ask(
                            "ask-resource-described",
                            Map.of("resource", Term.iri("https://w3id.org/ia-sante/id/priority/regulation"))))
                    .isTrue();
        }
    }

    @Test
    void aSiteQueryNamedLikeAResearchersQuestionIsRefused(@TempDir Path knowledge) throws Exception {
        Files.createDirectories(knowledge.resolve("ontology"));
        Files.createDirectories(knowledge.resolve("queries/site"));
        Files.writeString(knowledge.resolve("queries/select-everything.rq"), everything("roadmap"));
        Files.writeString(knowledge.resolve("queries/site/select-everything.rq"), everything("site"));

        assertThatThrownBy(() -> QueryCatalogue.load(KnowledgeLocation.directory(knowledge)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("select-everything")
                .hasMessageContaining("named as researchers' questions");
    }

    @Test
    void aQuestionWithoutATopicOrWithTheSitesTopicIsRefused(@TempDir Path knowledge) throws Exception {
        Files.createDirectories(knowledge.resolve("ontology"));
        Path question = knowledge.resolve("queries/select-everything.rq");
        Files.createDirectories(question.getParent());
        KnowledgeLocation location = KnowledgeLocation.directory(knowledge);

        Files.writeString(question, everything("roadmap").replace("# topic: roadmap\n", ""));
        assertThatThrownBy(() -> QueryCatalogue.load(location)).hasMessageContaining("# topic: …");
        Files.writeString(question, everything("the-rest"));
        assertThatThrownBy(() -> QueryCatalogue.load(location))
                .hasMessageContaining("names no topic; one of roadmap, sources, hdh, model, checks, site");
        Files.writeString(question, everything("site"));
        assertThatThrownBy(() -> QueryCatalogue.load(location)).hasMessageContaining("not a researcher's question");
        Files.writeString(question, everything("checks"));
        assertThatThrownBy(() -> QueryCatalogue.load(location)).hasMessageContaining("*-violation.rq");
        Files.writeString(question, everything("sources"));
        assertThat(QueryCatalogue.load(location).get("select-everything").topic())
                .isEqualTo(QueryTopic.SOURCES);
    }

    private static String everything(String topic) {
        return """
                # title (fr): Tout
                # title (en): Everything
                # question (fr): Quoi ?
                # question (en): What?
                # topic: %s
                SELECT * { ?s ?p ?o }
                """.formatted(topic);
    }

    @Test
    void bindingTheYearParameterChangesTheAnswer() {
        CatalogueQuery query = RepositoryKnowledge.catalogue().get("select-actions-in-year");
        Query in2024 =
                QueryBinder.bind(query, Map.of("year", NodeFactory.createLiteralDT("2024", XSDDatatype.XSDinteger)));
        List<String> actions = new java.util.ArrayList<>();
        select(RepositoryKnowledge.dataset(), in2024)
                .forEachRemaining(b -> actions.add(b.get("actionFr").getLiteralLexicalForm()));
        assertThat(actions).containsExactly("Appels à projets recherche", "Premiers déploiements pilotes");
    }

    @Test
    void aValueWithQuotesAndBracesIsATermAndCannotChangeTheQuery() {
        CatalogueQuery query = RepositoryKnowledge.catalogue().get("select-actor-by-name");
        String injection = "\") } UNION { ?actor ?p ?actorFr } #";
        Query bound = QueryBinder.bind(query, Map.of("name", NodeFactory.createLiteralString(injection)));
        assertThat(select(RepositoryKnowledge.dataset(), bound).hasNext()).isFalse();
        assertThat(bound.serialize()).contains("\\\") } UNION");
    }

    @Test
    void bindingAnUndeclaredParameterIsRefusedWithTheDeclaredOnes() {
        CatalogueQuery query = RepositoryKnowledge.catalogue().get("select-actions-in-year");
        assertThatThrownBy(() -> QueryBinder.bind(query, Map.of("yaer", NodeFactory.createLiteralString("2024"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no parameter ?yaer")
                .hasMessageContaining("?year");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "select-actions-in-year | abc | ?year of 'select-actions-in-year' takes a number, e.g. 2027; \"abc\" is not one.",
                "select-actor-involvement | dns | ?actor of 'select-actor-involvement' takes an IRI in angle brackets, e.g."
                        + " <https://w3id.org/ia-sante/id/organization/dns>; \"dns\" is not one.",
                "select-actor-by-name | <https://example.org/x> | ?name of 'select-actor-by-name' takes text, e.g. \"ars\";"
                        + " <https://example.org/x> is not text."
            })
    void aValueOfAnotherKindThanTheParametersDefaultIsRefusedNamingItAndAnExample(
            String queryName, String value, String message) {
        CatalogueQuery query = RepositoryKnowledge.catalogue().get(queryName);
        String name = query.parameters().get(0).name();

        assertThatThrownBy(() -> QueryBinder.bindTerms(query, Map.of(name, TermParser.parseTerm(value))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The parameter " + message);
    }

    @Test
    void aNumberGivenForTextIsItsDigits() {
        CatalogueQuery query = RepositoryKnowledge.catalogue().get("select-ars-for-departement");

        Query bound = QueryBinder.bindTerms(query, Map.of("code", TermParser.parseTerm("69")));

        assertThat(bound.serialize()).contains("\"69\"").doesNotContain("{ 69 }");
    }

    @Test
    void askingForAnUnknownQueryNamesTheKnownOnes() {
        assertThatThrownBy(() -> RepositoryKnowledge.catalogue().get("select-nothing"))
                .isInstanceOf(UnknownQueryException.class)
                .hasMessageContaining("select-priorities");
    }

    /** Beside the query: in {@code queries/}, or {@code queries/site/} for the site's own. */
    private static Path expectedFile(CatalogueQuery query, String suffix) {
        boolean site = RepositoryKnowledge.catalogue().siteQueries().contains(query);
        return RepositoryKnowledge.ROOT
                .resolve(site ? QueryCatalogue.SITE_FOLDER : "queries")
                .resolve(query.name() + suffix);
    }

    /**
     * The rows as the expected file keeps them: in the query's order when it has an ORDER BY, else
     * sorted, so that writing the file again gives the same file (the store's order is not stable).
     */
    private static String expectedText(String tsv, Query parsed) {
        if (parsed.hasOrderBy()) return tsv;
        List<String> lines = new ArrayList<>(tsv.lines().toList());
        Collections.sort(lines.subList(1, lines.size()));
        return String.join("\n", lines) + "\n";
    }

    /** In the writing mode nothing is compared: the test says so by a skip instead of passing. */
    private static void wrote(Path expectedFile) {
        abort("wrote " + expectedFile.getFileName() + " (-Dias.write-expected): run again without it to compare");
    }
}
