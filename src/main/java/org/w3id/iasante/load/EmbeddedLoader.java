package org.w3id.iasante.load;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.store.RelativeIris;

/** {@link Loader} over the embedded store's TDB2 dataset. */
final class EmbeddedLoader implements Loader {

    /** The base files are read against to find their relative IRIs (a reserved, never resolvable name). */
    private static final String UNRESOLVED_BASE = "http://relative-iri.invalid/";

    private final DatasetGraph dataset;

    EmbeddedLoader(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The one transaction of a write that its checks let through: the data and its record in the
     * load state change together, or not at all.
     */
    static void inOneTransaction(DatasetGraph dataset, Consumer<Instant> write) {
        Instant now = Instant.now();
        Txn.executeWrite(dataset, () -> write.accept(now));
    }

    @Override
    public SyncReport sync(List<KnowledgeFile> files) {
        return KnowledgeSync.sync(dataset, files);
    }

    @Override
    public boolean holdsImport(String origin, String digest, Set<String> graphNames) {
        return same(imported(origin), digest, graphNames);
    }

    @Override
    public boolean replace(GraphImport graphs) {
        Map<String, LoadedFile> previous = imported(graphs.origin());
        if (same(previous, graphs.digest(), graphs.graphs().keySet())) return false;
        inOneTransaction(dataset, now -> {
            for (String old : previous.keySet()) {
                dataset.removeGraph(NodeFactory.createURI(old));
                LoadState.forget(dataset, old);
            }
            graphs.graphs().forEach((name, triples) -> {
                Node graph = NodeFactory.createURI(name);
                dataset.removeGraph(graph);
                for (TermTriple t : triples) {
                    dataset.add(
                            graph,
                            JenaTerms.node(t.subject()),
                            JenaTerms.node(t.predicate()),
                            JenaTerms.node(t.object()));
                }
                String file = graphs.origin() + ":" + name.substring(name.lastIndexOf('/') + 1);
                LoadState.record(dataset, new LoadedFile(file, name, graphs.digest(), triples.size()), now);
            });
        });
        return true;
    }

    @Override
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
        // The loader's own transaction: begun here, committed by finishBulk, aborted on the first bad triple.
        loader.startBulk();
        try {
            StreamRDF into = defaultGraphAsTriples(loader.stream());
            for (Path file : files) RDFParser.source(file.toString()).parse(into);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        loader.finishBulk();
        return new LoadSummary(
                files.size(), loader.countTriples() + loader.countQuads(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * A parser reports an N-Quads line without a graph as a quad in Jena's default-graph name; the
     * loader would store it in a named graph called {@code <urn:x-arq:DefaultGraphNode>}. As a
     * triple it goes where it came from: the default graph.
     */
    private static StreamRDF defaultGraphAsTriples(StreamRDF loader) {
        return new StreamRDFWrapper(loader) {
            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph()) super.triple(quad.asTriple());
                else super.quad(quad);
            }
        };
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
        RDFParser.source(file.toString()).base(UNRESOLVED_BASE).parse(check);
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
}
