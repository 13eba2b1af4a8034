package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.query.ResultFormat;
import org.w3id.iasante.support.KnowledgeFolder;

/** The embedded store on disk: start-up synchronisation with the files, restarts, bulk load, export, backup. */
class EmbeddedStoreTests {

    private static final String SUMMARY = "data/resume-feuille-de-route-dns-2025-07.trig";
    private static final String SUMMARY_GRAPH = "https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07";
    private static final String PRIORITY_LABELS = """
            SELECT ?label WHERE { ?p a <https://w3id.org/ia-sante/def#Priority> ; \
            <http://www.w3.org/2004/02/skos/core#prefLabel> ?label FILTER(lang(?label) = "fr") } ORDER BY ?label""";

    @TempDir
    Path temp;

    private KnowledgeFolder knowledge;
    private EmbeddedStore store;

    @BeforeEach
    void openStore() {
        knowledge = KnowledgeFolder.copyOfRepository(temp.resolve("knowledge"));
        store = EmbeddedStore.open(temp.resolve("store"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theFirstStartLoadsEveryFileIntoItsOwnGraph() {
        SyncReport report = store.sync(knowledge.files());

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
        store.sync(knowledge.files());
        String before = ask(PRIORITY_LABELS);
        store.close();

        store = EmbeddedStore.open(temp.resolve("store"));
        SyncReport report = store.sync(knowledge.files());

        assertThat(report.loaded()).isEmpty();
        assertThat(report.unchanged()).hasSize(knowledge.files().size());
        assertThat(ask(PRIORITY_LABELS)).isEqualTo(before);
    }

    @Test
    void aChangedFileReplacesItsGraphAndOnlyItsGraph() {
        store.sync(knowledge.files());
        knowledge.edit(SUMMARY, "\"Régulation\"@fr", "\"Régulation du marché\"@fr");

        SyncReport report = store.sync(knowledge.files());

        assertThat(report.loaded()).extracting(LoadedFile::fileName).containsExactly(SUMMARY);
        assertThat(report.unchanged()).hasSize(knowledge.files().size() - 1);
        assertThat(ask(PRIORITY_LABELS)).contains("Régulation du marché").doesNotContain("\"Régulation\"@fr");
    }

    @Test
    void theDataVersionChangesWithEveryWriteAndOnlyThen() {
        store.sync(knowledge.files());
        DataVersion loaded = store.dataVersion();
        store.sync(knowledge.files());
        assertThat(store.dataVersion().tag())
                .as("nothing reloaded, nothing changed")
                .isEqualTo(loaded.tag());

        knowledge.edit(SUMMARY, "\"Régulation\"@fr", "\"Régulation du marché\"@fr");
        store.sync(knowledge.files());

        assertThat(store.dataVersion().tag()).isNotEqualTo(loaded.tag());
    }

    @Test
    void aWriteFromAnyPathChangesTheDataVersionAndAnAbortedOneDoesNot() {
        DataVersion before = store.dataVersion();
        // As SPARQL Update through Fuseki would: straight on the dataset, not through this class.
        Txn.executeWrite(
                store.dataset(),
                () -> store.dataset()
                        .add(
                                NodeFactory.createURI("http://example.org/g"),
                                NodeFactory.createURI("http://example.org/s"),
                                NodeFactory.createURI("http://example.org/p"),
                                NodeFactory.createLiteralString("o")));
        DataVersion written = store.dataVersion();
        assertThat(written.tag()).isNotEqualTo(before.tag());

        store.dataset().begin(TxnType.WRITE);
        store.dataset().delete(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        store.dataset().abort();
        store.dataset().end();
        assertThat(store.dataVersion().tag()).isEqualTo(written.tag());
    }

    @Test
    void askingTheDataVersionAgainOnUnchangedDataBeginsNoTransaction() {
        store.sync(knowledge.files());
        store.dataVersion();
        TransactionCoordinator transactions =
                TDBInternal.getDatasetGraphTDB(store.dataset()).getTxnSystem().getTxnMgr();
        long begun = transactions.countBegin();

        for (int i = 0; i < 100; i++) store.dataVersion();

        assertThat(transactions.countBegin()).isEqualTo(begun);
    }

    @Test
    void aFileThatBreaksTheShapesIsReportedAndThePreviousGraphStillAnswers() {
        store.sync(knowledge.files());
        knowledge.edit(SUMMARY, "schema:value 80000000.0 ;", "schema:value -80000000.0 ;");

        SyncReport report = store.sync(knowledge.files());

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
        store.sync(knowledge.files());
        knowledge.edit(SUMMARY, "skos:notation \"1\" ;", "skos:notation \"1\" \"2\" ;");

        SyncReport report = store.sync(knowledge.files());

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
        store.sync(knowledge.files());
        knowledge.edit(SUMMARY, "\"Régulation\"@fr", "\"Régulation du marché\"@fr");
        knowledge.edit("data/eur-lex-eli.trig", "eli:id_local \"32016R0679\" ;", "eli:id_local \"32016R0679\" \"x\" ;");

        SyncReport report = store.sync(knowledge.files());

        assertThat(report.loaded()).extracting(LoadedFile::fileName).containsExactly(SUMMARY);
        assertThat(report.rejected())
                .extracting(SyncReport.Rejection::fileName)
                .containsExactly("data/eur-lex-eli.trig");
    }

    @Test
    void aRemovedFileTakesItsGraphAway() {
        store.sync(knowledge.files());
        knowledge.delete("data/eur-lex-eli.trig");

        SyncReport report = store.sync(knowledge.files());

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

        LoadSummary summary = store.load(
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

        assertThatThrownBy(() -> store.load(
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

        assertThatThrownBy(() -> store.load(
                        List.of(file), "http://example.org/graph", new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative IRI <a>");

        assertThat(ask("SELECT (COUNT(*) AS ?n) { GRAPH <http://example.org/graph> { ?s ?p ?o } }"))
                .contains("0");
    }

    @Test
    void aBulkLoadIntoAGraphManagedFromAFileIsRefused() throws Exception {
        store.sync(knowledge.files());
        Path file = temp.resolve("extra.ttl");
        Files.writeString(file, "<http://example.org/a> <http://example.org/p> 1 .\n");

        assertThatThrownBy(() -> store.load(List.of(file), SUMMARY_GRAPH, new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is loaded from " + SUMMARY);
    }

    @Test
    void aBulkLoadOfTriplesNeedsAGraph() throws Exception {
        Path file = temp.resolve("extra.nt");
        Files.writeString(file, "<http://example.org/a> <http://example.org/p> \"1\" .\n");

        assertThatThrownBy(() -> store.load(List.of(file), null, new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--graph");
    }

    @Test
    void anExportAndABackupHoldEveryNamedGraph() throws Exception {
        store.sync(knowledge.files());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        store.export(null, org.apache.jena.riot.Lang.NQUADS, out);
        Path backup = store.backup();

        String nquads = out.toString(StandardCharsets.UTF_8);
        assertThat(nquads).contains("<" + SUMMARY_GRAPH + ">", "<https://w3id.org/ia-sante/graph/eur-lex-eli>");
        assertThat(backup).exists();
        assertThat(backup.toString()).endsWith(".nq.gz");
        assertThat(Files.size(backup)).isPositive();
    }

    private String ask(String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(QueryFactory.create(query), ResultFormat.TSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
