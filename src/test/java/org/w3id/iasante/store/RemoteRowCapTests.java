package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.support.RequiresVirtuoso;
import org.w3id.iasante.support.Virtuoso;

/**
 * Over Virtuoso with Debian's packaged {@code ResultSetMaxRows = 10000}, which cuts answers with a
 * 200: an answer past the cap comes back whole (paged) or is refused, never cut in silence. The
 * figures compared come from Virtuoso itself (a COUNT is one row, never cut).
 */
@RequiresVirtuoso
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteRowCapTests {

    /** The HDH schema's graph, 44 366 triples: well past the cap. */
    private static final String TRIPLES =
            "SELECT ?s ?p ?o { GRAPH <https://w3id.org/ia-sante/graph/hdh-schema-snds> { ?s ?p ?o } }";

    private static final String COUNT =
            "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/ia-sante/graph/hdh-schema-snds> { ?s ?p ?o } }";
    private static final String BUILT =
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/ia-sante/graph/hdh-schema-snds> { ?s ?p ?o } }";

    private URI endpoint;
    private RemoteStore store;

    @BeforeAll
    void connect() {
        endpoint = Virtuoso.withRepositoryAndHdh().queryEndpoint();
        store = RemoteStore.connect(RemoteStoreProperties.of(endpoint));
    }

    @AfterAll
    void close() {
        if (store != null) store.close();
    }

    @Test
    void aSelectPastTheEnginesCapComesBackWholePageByPage() {
        long expected = count();
        assertThat(expected).as("the graph is bigger than the cap").isGreaterThan(Virtuoso.RESULT_SET_MAX_ROWS);

        var rows = store.select(TRIPLES);

        assertThat(rows.rows()).hasSize((int) expected);
        assertThat(new HashSet<>(rows.rows())).as("no row twice across pages").hasSize((int) expected);
    }

    @Test
    void theEnginesOwnCapHeaderIsEnoughToNoticeTheCut() {
        try (RemoteStore unaware =
                RemoteStore.connect(RemoteStoreProperties.of(endpoint).withEngineRowCap(0))) {
            long expected = count();
            assertThat(unaware.select(TRIPLES).rows()).hasSize((int) expected);
        }
    }

    @Test
    void aQuestionsOwnLimitAndOffsetBoundThePages() {
        var rows = store.select(TRIPLES + " OFFSET 3 LIMIT 12000");
        assertThat(rows.rows()).hasSize(12_000);
        var exactlyTheCap = store.select(TRIPLES + " LIMIT 10000");
        assertThat(exactlyTheCap.rows()).hasSize(10_000);
    }

    @Test
    void aConstructPastTheEnginesCapIsBuiltWholeFromPagedSolutions() {
        long expected = count();

        List<TermTriple> triples = store.construct(BUILT);

        assertThat(triples).hasSize((int) expected).doesNotHaveDuplicates();
    }

    @Test
    void aDescribePastTheCapIsRefusedNamingTheSettingToRaise() {
        assertThatThrownBy(
                        () -> store.construct(
                                "DESCRIBE ?s WHERE { GRAPH <https://w3id.org/ia-sante/graph/hdh-schema-snds> { ?s a <http://www.w3.org/ns/csvw#Column> } }"))
                .isInstanceOf(IncompleteAnswerException.class)
                .hasMessageContaining("ResultSetMaxRows");
    }

    @Test
    void anAnswerPastTheLimitOfPagedRowsIsRefusedNotCut() {
        RemoteStoreProperties small = new RemoteStoreProperties(
                endpoint,
                null,
                null,
                java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(30),
                java.time.Duration.ofSeconds(30),
                Virtuoso.RESULT_SET_MAX_ROWS,
                15_000);
        try (RemoteStore limited = RemoteStore.connect(small)) {
            assertThatThrownBy(() -> limited.select(TRIPLES))
                    .isInstanceOf(IncompleteAnswerException.class)
                    .hasMessageContaining("ias.remote.max-paged-rows");
        }
    }

    private long count() {
        return Long.parseLong(store.select(COUNT).rows().get(0).get("n").value());
    }
}
