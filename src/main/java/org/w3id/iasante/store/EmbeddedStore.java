package org.w3id.iasante.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.ResultFormat;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.TermTriple;

/**
 * The embedded default store: a TDB2 database in a folder, whose default graph is the union of its
 * named graphs. One process at a time owns the folder.
 */
public final class EmbeddedStore implements GraphStore {

    /** The base files are read against to find their relative IRIs (a reserved, never resolvable name). */
    private static final String UNRESOLVED_BASE = "http://relative-iri.invalid/";

    /** No time limit on in-process queries unless one is asked for. */
    private static final Duration NO_TIMEOUT = Duration.ZERO;

    private final Path location;
    private final DatasetGraph dataset;
    private final Duration queryTimeout;
    private final String openTag = Long.toString(System.nanoTime(), 36);
    private final VersionClock versions = new VersionClock();
    private final TransactionalSystem transactions;
    private final CommittedVersion committed;

    private EmbeddedStore(Path location, DatasetGraph dataset, Duration queryTimeout) {
        this.location = location;
        this.dataset = dataset;
        this.queryTimeout = queryTimeout;
        this.transactions = TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem();
        this.committed = new CommittedVersion(
                transactions.getTxnMgr(),
                () -> Txn.calculateRead(
                        dataset, () -> transactions.getTransactionInfo().getDataVersion()));
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
        return run(query, exec -> JenaTerms.rows(exec.select()));
    }

    @Override
    public boolean ask(String query) {
        return run(query, QueryExec::ask);
    }

    @Override
    public List<TermTriple> construct(String query) {
        return run(
                query,
                exec -> JenaTerms.triples(exec.getQuery().isDescribeType() ? exec.describe() : exec.construct()));
    }

    /**
     * TDB2 counts the write transactions committed since it was opened; with a tag drawn at open,
     * that number identifies the data served (a restart draws a new tag, which is safe).
     */
    @Override
    public DataVersion dataVersion() {
        long commits = committed.get();
        return versions.observe(openTag + "-" + commits);
    }

    /**
     * The data version a query on this thread sees: its read transaction's, else the store's now. An
     * answer is kept under the version it was computed on, never a later one a write just made.
     */
    String readVersion() {
        Transaction txn = transactions.getThreadTransaction();
        return txn == null ? dataVersion().tag() : openTag + "-" + txn.getDataVersion();
    }

    @Override
    public String describe() {
        return location == null ? "an in-memory store" : "the store in " + location;
    }

    private <T> T run(String query, Function<QueryExec, T> answer) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder;
            try {
                builder = QueryExec.dataset(dataset).query(query);
            } catch (QueryParseException e) {
                throw new IllegalArgumentException("Malformed query: " + e.getMessage(), e);
            }
            if (!queryTimeout.isZero()) builder.timeout(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
            try (QueryExec exec = builder.build()) {
                return answer.apply(exec);
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(
                        "The query ran past " + queryTimeout.toMillis() + " ms in " + describe(), e);
            }
        });
    }

    /** Loads new and changed knowledge files; see {@link KnowledgeSync}. */
    public SyncReport sync(List<KnowledgeFile> files) {
        return KnowledgeSync.sync(dataset, files);
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
     * Bulk-loads RDF files in one write transaction (TDB2's sequential loader: crash-safe like the basic
     * one, and faster on large files because it fills one index at a time): all of them or, on the
     * first bad triple, none. Triples of a triple format go into {@code graph}; quads keep theirs.
     *
     * @param graph the named graph for triples, or null when every file holds quads
     * @param progress receives the loader's progress lines, each with its rate
     * @throws IllegalArgumentException for a missing file, triples without a graph, a relative IRI,
     *     or a graph that is loaded from a knowledge file (edit that file instead)
     */
    public LoadSummary load(List<Path> files, String graph, PrintStream progress) {
        for (Path file : files) {
            if (!Files.isReadable(file)) throw new IllegalArgumentException("Cannot read " + file + ": no such file");
            // Jena looks through compression suffixes (.gz, .bz2…) itself.
            Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
            if (lang == null) {
                throw new IllegalArgumentException(file + ": unknown RDF syntax; name the file .ttl, .nt, .nq, .trig,"
                        + " .rdf or .jsonld (optionally .gz)");
            }
            if (!RDFLanguages.isQuads(lang) && graph == null) {
                throw new IllegalArgumentException(file + " holds triples: say which named graph they go into"
                        + " (--graph <IRI>); this store's default graph is the union of its named graphs");
            }
        }
        if (graph != null) requireNotManaged(graph);
        for (Path file : files) requireAbsoluteIris(file);
        DataLoader loader = graph == null
                ? LoaderFactory.sequentialLoader(
                        dataset, (format, args) -> progress.println(String.format(format, args)))
                : LoaderFactory.sequentialLoader(
                        dataset,
                        NodeFactory.createURI(graph),
                        (format, args) -> progress.println(String.format(format, args)));
        long start = System.nanoTime();
        loader.startBulk();
        // On a bad triple, load() aborts the transaction itself and rethrows: nothing is half-written.
        loader.load(files.stream().map(Path::toString).toList());
        loader.finishBulk();
        return new LoadSummary(
                files.size(), loader.countTriples() + loader.countQuads(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Reads {@code file} once before loading it, to refuse it whole when it holds a relative IRI:
     * N-Triples would keep {@code <a>} as is (the next backup would not be valid N-Quads), Turtle
     * would resolve it against the file's own path. Read against a base of its own, any IRI the
     * file did not write in full is seen.
     */
    private static void requireAbsoluteIris(Path file) {
        RelativeIris relative = new RelativeIris(UNRESOLVED_BASE, UNRESOLVED_BASE);
        StreamRDF check = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }

            @Override
            public void quad(Quad quad) {
                String found = relative.in(quad);
                if (found != null) throw new IllegalArgumentException(file + ": " + relative.message(found));
            }
        };
        RDFParser.source(file).base(UNRESOLVED_BASE).parse(check);
    }

    /**
     * Whether the store holds exactly these graphs from {@code origin}, imported from inputs with
     * this digest: then importing them again would change nothing, and they need not even be read.
     */
    public boolean holdsImport(String origin, String digest, Set<String> graphNames) {
        return same(imported(origin), digest, graphNames);
    }

    private static boolean same(Map<String, LoadedFile> previous, String digest, Set<String> graphNames) {
        return previous.keySet().equals(graphNames)
                && previous.values().stream().allMatch(l -> l.sha256().equals(digest));
    }

    private Map<String, LoadedFile> imported(String origin) {
        String prefix = origin + ":";
        return Txn.calculateRead(dataset, () -> LoadState.read(dataset)).values().stream()
                .filter(l -> l.fileName().startsWith(prefix))
                .collect(Collectors.toMap(LoadedFile::graphName, l -> l));
    }

    /**
     * Replaces the named graphs produced from one origin (an import) in a single write transaction,
     * and records them in the load state with the inputs' digest. When the digest and graphs are
     * those already recorded, nothing is written and this returns false: importing twice changes nothing.
     * Graphs the origin produced before but not now are removed.
     */
    public boolean replaceGraphs(String origin, String digest, Map<String, Graph> graphs) {
        Map<String, LoadedFile> previous = imported(origin);
        if (same(previous, digest, graphs.keySet())) return false;
        Instant now = Instant.now();
        Txn.executeWrite(dataset, () -> {
            for (String old : previous.keySet()) {
                dataset.removeGraph(NodeFactory.createURI(old));
                LoadState.forget(dataset, old);
            }
            graphs.forEach((name, graph) -> {
                Node graphNode = NodeFactory.createURI(name);
                dataset.removeGraph(graphNode);
                GraphUtil.addInto(dataset.getGraph(graphNode), graph);
                LoadState.record(
                        dataset,
                        new LoadedFile(
                                origin + ":" + name.substring(name.lastIndexOf('/') + 1), name, digest, graph.size()),
                        now);
            });
        });
        return true;
    }

    /** Writes every named graph (in a quad syntax) or one graph (in any RDF syntax) to {@code out}. */
    public void export(String graph, Lang format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            if (graph == null) {
                if (!RDFLanguages.isQuads(format)) {
                    throw new IllegalArgumentException("A whole-store export keeps its named graphs: use a quad syntax"
                            + " (nquads, trig), or export one graph with --graph");
                }
                RDFDataMgr.write(out, dataset, format);
                return;
            }
            Node name = NodeFactory.createURI(graph);
            if (!dataset.containsGraph(name))
                throw new IllegalArgumentException("The store has no graph <" + graph + ">");
            RDFDataMgr.write(out, dataset.getGraph(name), format);
        });
    }

    /** A consistent N-Quads backup of the live store (gzipped, under {@code Backups/}); returns its path. */
    public Path backup() {
        return Path.of(DatabaseMgr.backup(dataset));
    }

    /** Runs a query against the store (default graph: the union of the named graphs) and writes its answer. */
    public void query(Query query, ResultFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                format.write(query, exec, out);
            }
        });
    }

    /** For the store package's own servers and tools; never handed outside. */
    DatasetGraph dataset() {
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

    private void requireNotManaged(String graph) {
        Txn.executeRead(
                dataset,
                () -> LoadState.read(dataset).values().stream()
                        .filter(l -> l.graphName().equals(graph))
                        .findFirst()
                        .ifPresent(l -> {
                            throw new IllegalArgumentException("<" + graph + "> is loaded from " + l.fileName()
                                    + " at each start; edit that file instead of loading into its graph");
                        }));
    }
}
