package org.w3id.iasante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.iasante.IaSanteApplication;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.support.KnowledgeFolder;
import org.w3id.iasante.support.RepositoryKnowledge;

/** The jar's commands, as a user runs them: output, messages and exit status. */
class CliTests {

    @TempDir
    Path temp;

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "load", "query", "export", "backup", "compact"})
    void everyCommandExplainsItselfWithHelp(String command) {
        Run run = run(command, "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: ia-sante " + command);
    }

    @Test
    void everyCommandAndHelpOptionRunsTheCommandLineRatherThanTheServer() {
        picocli.CommandLine commandLine = new picocli.CommandLine(new Cli());
        List<String> names = new ArrayList<>(commandLine.getSubcommands().keySet());
        names.addAll(List.of("--help", "-h", "--version", "-V"));
        for (String name : names) {
            assertThat(CommandNames.isCommand(new String[] {name})).as(name).isTrue();
        }
        assertThat(CommandNames.isCommand(new String[] {"--ias.store.location=store"}))
                .isFalse();
        assertThat(CommandNames.isCommand(new String[0])).isFalse();
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithAMessageAndNoStackTrace() {
        Run run = run("query", "--formt", "json", "select-priorities");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("'--formt'", "Possible solutions: --format")
                .doesNotContain("at org.");
    }

    @Test
    void validateSaysTheRepositoryConforms() {
        Run run = run("validate", "--knowledge", RepositoryKnowledge.ROOT.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("conforms");
    }

    @Test
    void validateReportsAShapeViolationInFrenchWithExitStatus1() {
        Run run = run(
                "validate",
                "--knowledge",
                RepositoryKnowledge.ROOT.toString(),
                "--lang",
                "fr",
                "src/test/resources/broken/negative-amount.trig");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("negative-amount.trig", "positif ou nul", "-5");
    }

    @Test
    void validateReportsAFileThatDoesNotParseWithItsLineAndExitStatus2() {
        Run run = run(
                "validate",
                "--knowledge",
                RepositoryKnowledge.ROOT.toString(),
                "src/test/resources/invalid/syntax-error.trig");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("syntax-error.trig:5:");
    }

    @Test
    void loadQueryExportAndBackupWorkOnAStoreFolder() throws Exception {
        Path store = temp.resolve("store");
        try (EmbeddedStore opened = EmbeddedStore.open(store)) {
            Loader.into(opened)
                    .sync(KnowledgeFolder.copyOfRepository(temp.resolve("knowledge"))
                            .files());
        }
        Path extra = temp.resolve("extra.ttl");
        Files.writeString(extra, "<http://example.org/a> <http://example.org/p> \"extra\" .\n");

        Run load = run("load", "--store", store.toString(), "--graph", "http://example.org/extra", extra.toString());
        assertThat(load.status()).as(load.err()).isZero();
        assertThat(load.out()).contains("Loaded 1 triples", "triples/s");

        Run query = run(
                "query",
                "--store",
                store.toString(),
                "--knowledge",
                RepositoryKnowledge.ROOT.toString(),
                "--format",
                "csv",
                "select-actions-in-year",
                "--param",
                "year=2024");
        assertThat(query.status()).as(query.err()).isZero();
        assertThat(query.out())
                .contains("Appels à projets recherche", "Premiers déploiements pilotes")
                .doesNotContain("grande échelle");

        Run export = run(
                "export", "--store", store.toString(), "--graph", "http://example.org/extra", "--format", "ntriples");
        assertThat(export.status()).isZero();
        assertThat(export.out()).contains("<http://example.org/a> <http://example.org/p> \"extra\" .");

        Run backup = run("backup", "--store", store.toString());
        assertThat(backup.status()).isZero();
        assertThat(Path.of(backup.out().strip())).exists();
    }

    @Test
    void compactGivesBackTheSpaceOfReplacedDataAndKeepsEveryTriple() throws Exception {
        Path store = temp.resolve("store");
        Node graph = NodeFactory.createURI("http://example.org/g");
        try (EmbeddedStore opened = EmbeddedStore.open(store)) {
            DatasetGraph dataset = opened.dataset();
            Txn.executeWrite(dataset, () -> {
                for (int i = 0; i < 5_000; i++) {
                    dataset.add(
                            graph,
                            NodeFactory.createURI("http://example.org/s" + i),
                            NodeFactory.createURI("http://example.org/p"),
                            NodeFactory.createLiteralString("value " + i));
                }
            });
            // Data added then removed leaves its blocks behind: TDB2 appends and never reuses them.
            Node removed = NodeFactory.createURI("http://example.org/removed");
            Txn.executeWrite(dataset, () -> {
                for (int i = 0; i < 15_000; i++) {
                    dataset.add(removed, removed, removed, NodeFactory.createLiteralString("removed " + i));
                }
            });
            Txn.executeWrite(dataset, () -> dataset.removeGraph(removed));
        }

        long before = diskKilobytes(store);

        Run compact = run("compact", "--store", store.toString());

        assertThat(compact.status()).as(compact.err()).isZero();
        assertThat(compact.out()).contains("Data-0001 rewritten as Data-0002, the old generation removed");
        assertThat(store.resolve("Data-0001")).doesNotExist();
        assertThat(diskKilobytes(store)).as("disk taken, before: %d KB", before).isLessThan(before / 2);
        Run export =
                run("export", "--store", store.toString(), "--graph", "http://example.org/g", "--format", "ntriples");
        assertThat(export.out().lines().count()).as("every triple kept").isEqualTo(5_000);
    }

    /** What the folder takes on disk: TDB2's files are sparse, so their lengths would not tell. */
    private static long diskKilobytes(Path folder) throws Exception {
        Process du = new ProcessBuilder("du", "-sk", folder.toString()).start();
        String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(du.waitFor()).as("du -sk: " + out).isZero();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    @Test
    void anExportAndABackupHoldEveryNamedGraph() throws Exception {
        Path store = temp.resolve("store");
        try (EmbeddedStore opened = EmbeddedStore.open(store)) {
            Loader.into(opened)
                    .sync(KnowledgeFolder.copyOfRepository(temp.resolve("knowledge"))
                            .files());
        }

        Run export = run("export", "--store", store.toString(), "--format", "nquads");
        Run backup = run("backup", "--store", store.toString());

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out())
                .contains(
                        "<https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07>",
                        "<https://w3id.org/ia-sante/graph/eur-lex-eli>");
        assertThat(backup.status()).as(backup.err()).isZero();
        Path file = Path.of(backup.out().strip());
        assertThat(file).exists();
        assertThat(file.toString()).endsWith(".nq.gz");
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void importHdhImportsOnceThenSaysNothingChanged() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                RepositoryKnowledge.hdhAvailable(), "the HDH metadata is not at " + RepositoryKnowledge.HDH);
        String store = temp.resolve("store").toString();
        String hdh = RepositoryKnowledge.HDH.toString();
        String knowledge = RepositoryKnowledge.ROOT.toString();

        Run first = run("import-hdh", "--store", store, "--knowledge", knowledge, hdh);
        Run second = run("import-hdh", "--store", store, "--knowledge", knowledge, hdh);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("188 tables", "4815 variables", "triples/s", "Imported into");
        assertThat(second.out()).contains("Unchanged since the last import");
        assertThat(run("import-hdh", "--store", store, temp.resolve("nowhere").toString())
                        .err())
                .contains("no such folder");
    }

    @Test
    void anUnknownQueryNameListsTheKnownOnes() {
        Run run = run(
                "query",
                "--store",
                temp.resolve("store").toString(),
                "--knowledge",
                RepositoryKnowledge.ROOT.toString(),
                "select-nothing");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("No catalogue query named 'select-nothing'", "select-priorities");
    }

    @Test
    void aFormatThatDoesNotSuitTheQueryIsRefused() {
        Run run = run(
                "query",
                "--store",
                temp.resolve("store").toString(),
                "--knowledge",
                RepositoryKnowledge.ROOT.toString(),
                "--format",
                "turtle",
                "select-priorities");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("does not suit a SELECT query");
    }

    @Test
    void aStoreHeldByAnotherProcessIsReportedClearly() throws Exception {
        Path store = temp.resolve("held");
        try (EmbeddedStore held = EmbeddedStore.open(store)) {
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-cp",
                    System.getProperty("java.class.path"),
                    IaSanteApplication.class.getName(),
                    "backup",
                    "--store",
                    store.toString()));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.exitValue()).as(output).isEqualTo(2);
            assertThat(output).contains("Cannot open the store in", "stop it");
        }
    }
}
