package org.w3id.iasante.load;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.store.EmbeddedStore;

/**
 * The process {@link CrashSafetyTests} kills: it opens the store as the product does and writes
 * through the product's {@link Loader} until it is killed, saying {@code ACK n} on standard output
 * only once the write of graph n has returned, i.e. committed. No Spring, so that it starts fast.
 *
 * <p>{@code graphs <folder> <first> [count]}: one whole graph a write, from {@code <urn:crash:first>}
 * on, until killed or {@code count} writes are done.
 * {@code bulk <folder> <file>}: one bulk load of an N-Triples file into {@link #BULK_GRAPH}, its
 * progress lines prefixed {@code LOADER}, then {@code LOADED}.
 */
final class CrashWriter {

    /** Triples in each written graph, its count triple included. */
    static final int TRIPLES = 200;

    static final String COUNT = "urn:crash:count";
    static final String BULK_GRAPH = "urn:crash:bulk";

    private CrashWriter() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EmbeddedStore store = EmbeddedStore.open(Path.of(args[1]));
        Loader loader = Loader.into(store);
        if (args[0].equals("graphs")) {
            long first = Long.parseLong(args[2]);
            long end = args.length > 3 ? first + Long.parseLong(args[3]) : Long.MAX_VALUE;
            for (long n = first; n < end; n++) {
                loader.replace(write(n));
                out.println("ACK " + n);
            }
        } else {
            loader.load(List.of(Path.of(args[2])), BULK_GRAPH, prefixed(out));
            out.println("LOADED");
        }
        store.close();
    }

    /** Write n: graph {@code <urn:crash:n>}, its own import, so that it replaces no other. */
    static GraphImport write(long n) {
        String graph = graph(n);
        List<TermTriple> triples = new ArrayList<>(TRIPLES);
        triples.add(new TermTriple(
                Term.iri(graph), Term.iri(COUNT), Term.literal(Integer.toString(TRIPLES), Term.XSD + "integer")));
        for (int i = 1; i < TRIPLES; i++) {
            triples.add(new TermTriple(
                    Term.iri(graph + "/s" + i),
                    Term.iri("urn:crash:value"),
                    Term.literal("value " + i + " of write " + n, Term.XSD + "string")));
        }
        return new GraphImport("crash-" + n, Long.toString(n), Map.of(graph, triples));
    }

    static String graph(long n) {
        return "urn:crash:" + n;
    }

    private static PrintStream prefixed(PrintStream lines) {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                lines.println("LOADER " + line);
            }
        };
    }
}
