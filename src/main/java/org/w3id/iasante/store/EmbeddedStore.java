package org.w3id.iasante.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.query.BoundQuery;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.TermTriple;

/**
 * The embedded default store: a TDB2 database in a folder, whose default graph is the union of its
 * named graphs. One process at a time owns the folder.
 */
public final class EmbeddedStore implements GraphStore {

    /** No time limit on in-process queries unless one is asked for. */
    private static final Duration NO_TIMEOUT = Duration.ZERO;

    /** Rows and triples of in-process answers kept for questions asked again ({@link AnswerCache}). */
    static final long KEPT_ANSWERS = 200_000;

    private final Path location;
    private final DatasetGraph dataset;
    private final Duration queryTimeout;
    private final VersionClock versions = new VersionClock();
    private final AnswerCache answers = new AnswerCache(KEPT_ANSWERS);
    /** The TDB2 generation served: compaction switches to a new one, with its own transactions. */
    private volatile Generation generation;

    /**
     * One TDB2 generation as this store follows it: a tag drawn when it was attached (at open, or
     * after a compaction), its transaction system, and its count of commits.
     */
    private record Generation(String tag, TransactionalSystem transactions, CommittedVersion committed) {

        static Generation of(DatasetGraph dataset) {
            TransactionalSystem transactions =
                    TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem();
            return new Generation(
                    Long.toString(System.nanoTime(), 36),
                    transactions,
                    new CommittedVersion(
                            transactions.getTxnMgr(),
                            () -> Txn.calculateRead(
                                    dataset,
                                    () -> transactions.getTransactionInfo().getDataVersion())));
        }
    }

    /** What a compaction did: the generation folders before and after (Data-0001 → Data-0002). */
    public record Compaction(String before, String after) {}

    private EmbeddedStore(Path location, DatasetGraph dataset, Duration queryTimeout) {
        this.location = location;
        this.dataset = dataset;
        this.queryTimeout = queryTimeout;
        this.generation = Generation.of(dataset);
    }

    /**
     * Opens (or creates) the database in {@code location}.
     *
     * @throws StoreUnavailableException when the folder cannot be used, e.g. another process holds it
     */
    public static EmbeddedStore open(Path location) {
        return open(location, NO_TIMEOUT);
    }

    /** As {@link #open(Path)}, with a time limit on each query of {@link GraphStore}'s methods (zero: none). */
    public static EmbeddedStore open(Path location, Duration queryTimeout) {
        Path folder = location.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            return new EmbeddedStore(
                    folder, configured(DatabaseMgr.connectDatasetGraph(folder.toString())), queryTimeout);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException(
                    "Cannot open the store in " + folder + ": " + e.getMessage()
                            + ". If a server or another command is using this folder, stop it or choose another folder"
                            + " (--store, or ias.store.location).",
                    e);
        }
    }

    /** A store in memory holding the given knowledge, each file in its graph (for the Java API and tests). */
    public static EmbeddedStore inMemory(KnowledgeBase knowledge, Duration queryTimeout) {
        return new EmbeddedStore(null, configured(knowledge.toInMemoryDataset()), queryTimeout);
    }

    private static DatasetGraph configured(DatasetGraph dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        // No query may make the server call another host (SPARQL SERVICE).
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        return dataset;
    }

    @Override
    public ResultRows select(String query) {
        return run(query, null, EmbeddedStore::rows);
    }

    @Override
    public boolean ask(String query) {
        return run(query, null, QueryExec::ask);
    }

    @Override
    public List<TermTriple> construct(String query) {
        return run(query, null, EmbeddedStore::triples);
    }

    @Override
    public ResultRows select(BoundQuery query) {
        return run(query.text(), query.syntax(), EmbeddedStore::rows);
    }

    @Override
    public boolean ask(BoundQuery query) {
        return run(query.text(), query.syntax(), QueryExec::ask);
    }

    @Override
    public List<TermTriple> construct(BoundQuery query) {
        return run(query.text(), query.syntax(), EmbeddedStore::triples);
    }

    private static ResultRows rows(QueryExec exec) {
        return JenaTerms.rows(exec.select());
    }

    private static List<TermTriple> triples(QueryExec exec) {
        return JenaTerms.triples(exec.getQuery().isDescribeType() ? exec.describe() : exec.construct());
    }

    /**
     * TDB2 counts the write transactions committed since it was opened; with a tag drawn at open,
     * that number identifies the data served (a restart or a compaction draws a new tag, which is safe).
     */
    @Override
    public DataVersion dataVersion() {
        Generation current = generation;
        return versions.observe(current.tag() + "-" + current.committed().get());
    }

    /**
     * The data version a query on this thread sees: its read transaction's, else the store's now. An
     * answer is kept under the version it was computed on, never a later one a write just made.
     */
    String readVersion() {
        Generation current = generation;
        Transaction txn = current.transactions().getThreadTransaction();
        return txn == null ? dataVersion().tag() : current.tag() + "-" + txn.getDataVersion();
    }

    /** Write transactions committed since this store was opened or last compacted. */
    public long writesSinceCompaction() {
        return generation.committed().writes();
    }

    /**
     * Rewrites the database without the space replaced data still takes (TDB2 never reuses it), live:
     * TDB2 copies the data into a new generation and switches to it atomically, readers and writers
     * carrying on; interrupted, the store is the old generation, whole. The old one is then deleted.
     * Answers kept from before are dropped with the old generation's data version.
     *
     * @throws IllegalStateException for a store in memory, which has no folder to compact
     */
    public synchronized Compaction compact() {
        if (location == null) throw new IllegalStateException("A store in memory has nothing to compact");
        String before = generationFolder();
        DatabaseMgr.compact(dataset, true);
        generation = Generation.of(dataset);
        return new Compaction(before, generationFolder());
    }

    /**
     * Writes a consistent, gzipped N-Quads copy of the store under its {@code Backups/} folder, while
     * it serves (TDB2's online backup, in a read transaction), and returns the file.
     */
    public Path backup() {
        if (location == null) throw new IllegalStateException("A store in memory has no folder to back up into");
        return Path.of(DatabaseMgr.backup(dataset));
    }

    /** The newest TDB2 generation folder (Data-0001, Data-0002…). */
    private String generationFolder() {
        try (java.util.stream.Stream<Path> entries = Files.list(location)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("Data-\\d+"))
                    .max(String::compareTo)
                    .orElse("(no generation yet)");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return location == null ? "an in-memory store" : "the store in " + location;
    }

    /**
     * Runs {@code query} in a read transaction, or answers as it did on the same data version;
     * {@code syntax} is the query already parsed, or null to parse its text.
     */
    private <T> T run(String query, Query syntax, Function<QueryExec, T> answer) {
        return Txn.calculateRead(dataset, () -> {
            String version = readVersion();
            Optional<T> kept = answers.kept(version, query);
            if (kept.isPresent()) return kept.get();
            Query parsed = syntax != null ? syntax : parse(query);
            T computed = evaluate(parsed, answer);
            answers.keep(version, query, parsed, computed);
            return computed;
        });
    }

    private static Query parse(String query) {
        try {
            return QueryFactory.create(query);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("Malformed query: " + e.getMessage(), e);
        }
    }

    private <T> T evaluate(Query query, Function<QueryExec, T> answer) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        if (!queryTimeout.isZero()) builder.timeout(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            return answer.apply(exec);
        } catch (QueryCancelledException e) {
            // With no limit of its own, the dataset's stopped it: the endpoint's, set on the dataset.
            String limit = queryTimeout.isZero()
                    ? dataset.getContext().getAsString(ARQ.queryTimeout, "?")
                    : Long.toString(queryTimeout.toMillis());
            throw new QueryTimeoutException("The query ran past " + limit + " ms in " + describe(), e);
        }
    }

    /** The database folder; null for a store in memory. */
    public Path location() {
        return location;
    }

    /** Whether the store holds no named graph at all (never synchronised nor loaded). */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.listGraphNodes().hasNext());
    }

    /**
     * The TDB2 dataset, for the store's write side ({@link org.w3id.iasante.load.Loader}) and the
     * command line's tools (export, backup, query); the site and the Java API read through {@link
     * GraphStore} only.
     */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        if (location == null) {
            dataset.close();
        } else {
            // Expelling releases the folder's lock, so the same process may open it again (a restart).
            TDBInternal.expel(dataset);
        }
    }
}
