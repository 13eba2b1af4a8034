package org.w3id.iasante.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.query.ResultFormat;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.support.KnowledgeFolder;

/** The store's write side on disk: start-up synchronisation with the files, restarts, bulk load, backup and restore. */
class LoaderTests {

    private static final String SUMMARY = "data/resume-feuille-de-route-dns-2025-07.trig";
    private static final String SUMMARY_GRAPH = "https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07";
    private static final String PRIORITY_LABELS = """
            SELECT ?label WHERE { ?p a <https://w3id.org/ia-sante/def#Priority> ; \
            <http://www.w3.org/2004/02/skos/core#prefLabel> ?label FILTER(lang(?label) = "fr") } ORDER BY ?label""";

    @TempDir
    Path temp;

    private KnowledgeFolder knowledge;
    private EmbeddedStore store;
    private Loader loader;

    @BeforeEach
    void openStore() {
        knowledge = KnowledgeFolder.copyOfRepository(temp.resolve("knowledge"));
        store = EmbeddedStore.open(temp.resolve("store"));
        loader = Loader.into(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theFirstStartLoadsEveryFileIntoItsOwnGraph() {
        SyncReport report = loader.sync(knowledge.files());

        assertThat(report.clean()).as(report.describe()).isTrue();
        assertThat(report.loaded())
                .extracting(LoadedFile::fileName)
                .containsExactlyInAnyOrderElementsOf(
                        knowledge.files().stream().map(KnowledgeFile::name).toList())
                .contains(
                        "ontology/ia-sante.ttl",
                        "ontology/shapes.ttl",
                        "data/ans-tre-r396-ars.trig",
                        "data/curated-alignments.trig",
                        "data/eur-lex-eli.trig",
                        SUMMARY);
        assertThat(report.loaded())
                .filteredOn(f -> f.fileName().equals(SUMMARY))
                .extracting(LoadedFile::graphName)
                .containsExactly(SUMMARY_GRAPH);
        assertThat(ask(PRIORITY_LABELS)).contains("Régulation", "Évaluation", "Accompagnement", "Cadre économique");
    }

    @Test
    void aRestartOnTheSameFolderReloadsNothingAndLosesNothing() {
        loader.sync(knowledge.files());
        String before = ask(PRIORITY_LABELS);
        store.close();

        store = EmbeddedStore.open(temp.resolve("store"));
        loader = Loader.into(store);
        SyncReport report = loader.sync(knowledge.files());

        assertThat(report.loaded()).isEmpty();
        assertThat(report.unchanged()).hasSize(knowledge.files().size());
        assertThat(ask(PRIORITY_LABELS)).isEqualTo(before);
    }

    @Test
    void aChangedFileReplacesItsGraphAndOnlyItsGraph() {
        loader.sync(knowledge.files());
        knowledge.edit(SUMMARY, "\"Régulation\"@fr", "\"Régulation du marché\"@fr");

        SyncReport report = loader.sync(knowledge.files());

        assertThat(report.loaded()).extracting(LoadedFile::fileName).containsExactly(SUMMARY);
        assertThat(report.unchanged()).hasSize(knowledge.files().size() - 1);
        assertThat(ask(PRIORITY_LABELS)).contains("Régulation du marché").doesNotContain("\"Régulation\"@fr");
    }

    @Test
    void aFileThatBreaksTheShapesIsReportedAndThePreviousGraphStillAnswers() {
        loader.sync(knowledge.files());
        knowledge.edit(SUMMARY, "schema:value 80000000.0 ;", "schema:value -80000000.0 ;");

        SyncReport report = loader.sync(knowledge.files());

        assertThat(report.loaded()).isEmpty();
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo(SUMMARY);
            assertThat(r.problems())
                    .singleElement()
                    .asString()
                    .contains(
                            SUMMARY,
                            "https://w3id.org/ia-sante/id/amount/health-data-hub",
                            "zero or more",
                            "-80000000.0");
        });
        assertThat(
                        ask(
                                "SELECT ?v { <https://w3id.org/ia-sante/id/amount/health-data-hub> <https://schema.org/value> ?v }"))
                .contains("80000000.0")
                .doesNotContain("-80000000");
    }

    @Test
    void aFileThatDoesNotParseIsReportedWithItsLineAndThePreviousGraphIsKept() {
        loader.sync(knowledge.files());
        knowledge.edit(SUMMARY, "skos:notation \"1\" ;", "skos:notation \"1\" \"2\" ;");

        SyncReport report = loader.sync(knowledge.files());

        assertThat(report.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.problems())
                        .singleElement()
                        .asString()
                        .matches("(?s)" + SUMMARY.replace(".", "\\.") + ":\\d+:\\d+: .*"));
        assertThat(ask(PRIORITY_LABELS)).contains("Régulation");
    }

    @Test
    void aGoodChangeLoadsEvenWhenAnotherChangedFileIsRejected() {
        loader.sync(knowledge.files());
        knowledge.edit(SUMMARY, "\"Régulation\"@fr", "\"Régulation du marché\"@fr");
        knowledge.edit("data/eur-lex-eli.trig", "eli:id_local \"32016R0679\" ;", "eli:id_local \"32016R0679\" \"x\" ;");

        SyncReport report = loader.sync(knowledge.files());

        assertThat(report.loaded()).extracting(LoadedFile::fileName).containsExactly(SUMMARY);
        assertThat(report.rejected())
                .extracting(SyncReport.Rejection::fileName)
                .containsExactly("data/eur-lex-eli.trig");
    }

    @Test
    void aRemovedFileTakesItsGraphAway() {
        loader.sync(knowledge.files());
        knowledge.delete("data/eur-lex-eli.trig");

        SyncReport report = loader.sync(knowledge.files());

        assertThat(report.removed()).containsExactly("https://w3id.org/ia-sante/graph/eur-lex-eli");
        assertThat(ask("SELECT ?c { ?act <http://data.europa.eu/eli/ontology#id_local> ?c }"))
                .doesNotContain("32016R0679");
    }

    @Test
    void aBulkLoadAddsTheFilesTriplesAndReportsItsRate() throws Exception {
        Path file = temp.resolve("extra.ttl");
        Files.writeString(
                file,
                "<http://example.org/a> <http://example.org/p> 1 .\n<http://example.org/b> <http://example.org/p> 2 .\n");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        LoadSummary summary = loader.load(
                List.of(file), "http://example.org/graph", new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(summary.triples()).isEqualTo(2);
        assertThat(summary.describe()).contains("2 triples", "triples/s");
        assertThat(ask("SELECT ?o { GRAPH <http://example.org/graph> { ?s <http://example.org/p> ?o } } ORDER BY ?o"))
                .contains("1", "2");
    }

    @Test
    void aBulkLoadWithABadTripleHalfwayWritesNothing() throws Exception {
        Path good = temp.resolve("good.ttl");
        Files.writeString(good, "<http://example.org/a> <http://example.org/p> 1 .\n");
        Path bad = temp.resolve("bad.ttl");
        Files.writeString(
                bad,
                "<http://example.org/b> <http://example.org/p> 2 .\n<http://example.org/c> <http://example.org/p> .\n");

        assertThatThrownBy(() -> loader.load(
                        List.of(good, bad), "http://example.org/graph", new PrintStream(new ByteArrayOutputStream())))
                .hasMessageContaining("line: 2");

        assertThat(ask("SELECT (COUNT(*) AS ?n) { GRAPH <http://example.org/graph> { ?s ?p ?o } }"))
                .contains("0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"relative.nt", "relative.ttl"})
    void aBulkLoadWithARelativeIriWritesNothing(String name) throws Exception {
        // N-Triples kept <a> as it is (the next backup was no valid N-Quads); Turtle resolved it against the file's
        // path.
        Path file = temp.resolve(name);
        Files.writeString(
                file, "<http://example.org/b> <http://example.org/p> \"2\" .\n<a> <http://example.org/p> \"1\" .\n");

        assertThatThrownBy(() -> loader.load(
                        List.of(file), "http://example.org/graph", new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative IRI <a>");

        assertThat(ask("SELECT (COUNT(*) AS ?n) { GRAPH <http://example.org/graph> { ?s ?p ?o } }"))
                .contains("0");
    }

    @Test
    void aBulkLoadIntoAGraphManagedFromAFileIsRefused() throws Exception {
        loader.sync(knowledge.files());
        Path file = temp.resolve("extra.ttl");
        Files.writeString(file, "<http://example.org/a> <http://example.org/p> 1 .\n");

        assertThatThrownBy(
                        () -> loader.load(List.of(file), SUMMARY_GRAPH, new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is loaded from " + SUMMARY);
    }

    @Test
    void aBulkLoadOfTriplesNeedsAGraph() throws Exception {
        Path file = temp.resolve("extra.nt");
        Files.writeString(file, "<http://example.org/a> <http://example.org/p> \"1\" .\n");

        assertThatThrownBy(() -> loader.load(List.of(file), null, new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--graph");
    }

    @Test
    void aBackupLoadedIntoAFreshStoreGivesBackEveryGraphTheDefaultGraphIncluded() throws Exception {
        loader.sync(knowledge.files());
        // A triple in the default graph itself, as a SPARQL Update without GRAPH writes it.
        Txn.executeWrite(
                store.dataset(),
                () -> store.dataset()
                        .add(
                                Quad.defaultGraphIRI,
                                NodeFactory.createURI("http://example.org/s"),
                                NodeFactory.createURI("http://example.org/p"),
                                NodeFactory.createLiteralString("in the default graph")));
        Path backup = Path.of(DatabaseMgr.backup(store.dataset()));

        try (EmbeddedStore restored = EmbeddedStore.open(temp.resolve("restored"))) {
            Loader.into(restored).load(List.of(backup), null, new PrintStream(new ByteArrayOutputStream()));

            Txn.executeRead(
                    store.dataset(),
                    () -> Txn.executeRead(restored.dataset(), () -> {
                        List<Node> graphs = Iter.toList(store.dataset().listGraphNodes());
                        assertThat(Iter.toList(restored.dataset().listGraphNodes()))
                                .containsExactlyInAnyOrderElementsOf(graphs)
                                .doesNotContain(Quad.defaultGraphNodeGenerated);
                        assertThat(restored.dataset().getDefaultGraph().size()).isEqualTo(1);
                        assertThat(restored.dataset()
                                        .getDefaultGraph()
                                        .isIsomorphicWith(store.dataset().getDefaultGraph()))
                                .isTrue();
                        for (Node graph : graphs) {
                            assertThat(restored.dataset()
                                            .getGraph(graph)
                                            .isIsomorphicWith(store.dataset().getGraph(graph)))
                                    .as("%s", graph)
                                    .isTrue();
                        }
                    }));
        }
    }

    /** The answer as the {@code query} command writes it in TSV. */
    private String ask(String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Query parsed = QueryFactory.create(query);
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec exec =
                    QueryExec.dataset(store.dataset()).query(parsed).build()) {
                ResultFormat.TSV.write(parsed, exec, out);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }
}
