package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.support.KnowledgeFolder;

/**
 * The embedded store on disk: its data version, through every way of writing to it, and the answers
 * it keeps under that version.
 */
class EmbeddedStoreTests {

    private static final String SUMMARY = "data/resume-feuille-de-route-dns-2025-07.trig";

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
    void theDataVersionChangesWithEveryWriteAndOnlyThen() {
        loader.sync(knowledge.files());
        DataVersion loaded = store.dataVersion();
        loader.sync(knowledge.files());
        assertThat(store.dataVersion().tag())
                .as("nothing reloaded, nothing changed")
                .isEqualTo(loaded.tag());

        knowledge.edit(SUMMARY, "\"Régulation\"@fr", "\"Régulation du marché\"@fr");
        loader.sync(knowledge.files());

        assertThat(store.dataVersion().tag()).isNotEqualTo(loaded.tag());
    }

    @Test
    void aWriteFromAnyPathChangesTheDataVersionAndAnAbortedOneDoesNot() {
        DataVersion before = store.dataVersion();
        writeOneQuadAsAnUpdateWould();
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
        loader.sync(knowledge.files());
        store.dataVersion();
        TransactionCoordinator transactions =
                TDBInternal.getDatasetGraphTDB(store.dataset()).getTxnSystem().getTxnMgr();
        long begun = transactions.countBegin();

        for (int i = 0; i < 100; i++) store.dataVersion();

        assertThat(transactions.countBegin()).isEqualTo(begun);
    }

    @Test
    void aQuestionAskedAgainOnUnchangedDataIsAnsweredFromWhatWasKeptAndAWriteIsSeenAtOnce() {
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        ResultRows first = store.select(count);
        assertThat(store.select(count)).as("kept, not evaluated again").isSameAs(first);

        writeOneQuadAsAnUpdateWould();
        ResultRows afterWrite = store.select(count);

        assertThat(first.get(0, "n")).map(Term::value).hasValue("0");
        assertThat(afterWrite.get(0, "n")).map(Term::value).hasValue("1");
        assertThat(store.construct("CONSTRUCT WHERE { ?s ?p ?o }"))
                .isSameAs(store.construct("CONSTRUCT WHERE { ?s ?p ?o }"))
                .hasSize(1);
    }

    @Test
    void aQuestionAskingForFreshValuesIsEvaluatedEachTime() {
        String fresh = "SELECT (STRUUID() AS ?id) {}";

        assertThat(store.select(fresh).get(0, "id"))
                .isNotEqualTo(store.select(fresh).get(0, "id"));
    }

    /** As SPARQL Update through Fuseki would: straight on the dataset, not through this class. */
    private void writeOneQuadAsAnUpdateWould() {
        Txn.executeWrite(
                store.dataset(),
                () -> store.dataset()
                        .add(
                                NodeFactory.createURI("http://example.org/g"),
                                NodeFactory.createURI("http://example.org/s"),
                                NodeFactory.createURI("http://example.org/p"),
                                NodeFactory.createLiteralString("o")));
    }
}
