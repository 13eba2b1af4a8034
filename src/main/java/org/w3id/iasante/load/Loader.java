package org.w3id.iasante.load;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.store.EmbeddedStore;

/**
 * The one way data gets into the store, for start-up, the command line and the HDH import alike.
 * Every write follows the same rules: its input is checked whole before anything is written, then
 * it is written in one transaction, which also records what was written in the store's load-state
 * graph; a write that would change nothing begins no transaction. Inputs and answers are plain
 * values, so a caller needs nothing of Jena's.
 */
public interface Loader {

    /** The writer of an embedded store (reads stay behind {@link org.w3id.iasante.store.GraphStore}). */
    static Loader into(EmbeddedStore store) {
        return new EmbeddedLoader(store.dataset());
    }

    /**
     * Brings the store in line with the knowledge files: a file whose hash is unchanged is left
     * alone; a new or changed file replaces its graph once the knowledge as it would then be
     * conforms to the shapes; a file that does not parse or breaks the shapes is reported and the
     * graph already in the store kept; a graph whose file is gone is removed.
     */
    SyncReport sync(List<KnowledgeFile> files);

    /**
     * Whether the store holds exactly these graphs from {@code origin}, imported from inputs with
     * this digest: then importing them again would change nothing, and they need not even be read.
     */
    boolean holdsImport(String origin, String digest, Set<String> graphNames);

    /**
     * Replaces the graphs an import produced (already validated by it): the origin's previous
     * graphs, including those it no longer produces, give way to these. Returns false, writing
     * nothing, when the store already holds them from inputs with the same digest.
     */
    boolean replace(GraphImport graphs);

    /**
     * Bulk-loads RDF files (TDB2's sequential loader: crash-safe like the basic one, and faster
     * on large files because it fills one index at a time): all of them or, on the first bad
     * triple, none. Triples of a triple format go into {@code graph}; quads keep their graph, and
     * a quad in no graph goes into the default graph, so a backup loads back as it was.
     *
     * @param graph the named graph for triples, or null when every file holds quads
     * @param progress receives the loader's progress lines, each with its rate
     * @throws IllegalArgumentException for a missing file, triples without a graph, a relative IRI,
     *     or a graph that is loaded from a knowledge file (edit that file instead)
     */
    LoadSummary load(List<Path> files, String graph, PrintStream progress);
}
