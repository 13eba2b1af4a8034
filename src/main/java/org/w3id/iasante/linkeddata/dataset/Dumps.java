package org.w3id.iasante.linkeddata.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.SiteProperties;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.store.DataVersion;

/**
 * The downloadable dumps: the whole dataset as gzipped N-Quads (each triple keeps its graph), and
 * each named graph as gzipped Turtle. Written once per data version to files, as a stream — the
 * store is read a page at a time and each triple goes straight to the compressed files — so the
 * heap holds one page whatever the data's size. Each file is written under a temporary name and
 * moved into place in one step, and a version counts as built only once its list of files is: a
 * reader never gets a half-written dump, and a crash leaves nothing that is served.
 */
@Component
public class Dumps {

    static final String WHOLE = "ia-sante.nq.gz";

    /** The version's list of files, written last: a folder without it is unfinished. */
    static final String MANIFEST = "dumps.tsv";

    /** Writing again when the data changed meanwhile: more than this many changes in a row is an error. */
    private static final int ATTEMPTS = 3;

    private final RoadmapGraph graph;
    private final String baseIri;
    private final Map<String, String> prefixes;
    private final Path folder;
    private Built built;

    @Autowired
    Dumps(RoadmapGraph graph, SiteProperties site, DatasetCitation citation, DumpsProperties properties) {
        this(graph, site.baseIri(), citation.prefixes(), properties.folder());
    }

    /** @param root the folder of every store's dumps; this store's go in a subfolder of their own */
    Dumps(RoadmapGraph graph, String baseIri, Map<String, String> prefixes, Path root) {
        this.graph = graph;
        this.baseIri = baseIri;
        this.prefixes = Map.copyOf(prefixes);
        // Two stores (two applications, two test contexts) may share the root: never each other's files.
        this.folder = root.resolve(shortDigest(graph.describe() + "|" + baseIri));
    }

    /** One downloadable file. */
    public record Dump(String file, String graph, String mediaType, long triples, long bytes) {
        public String path() {
            return "/dumps/" + file;
        }
    }

    /** A finished version: its folder and its files. */
    private record Built(String version, Path folder, Map<String, Dump> byFile) {}

    /** The whole dataset first, then each graph by IRI. */
    public List<Dump> all() {
        return List.copyOf(built().byFile().values());
    }

    Optional<Dump> file(String name) {
        return Optional.ofNullable(built().byFile().get(name));
    }

    /** Where a dump of the current version is on disk (complete, never written to again). */
    Optional<Path> location(String name) {
        Built current = built();
        return Optional.ofNullable(current.byFile().get(name))
                .map(d -> current.folder().resolve(d.file()));
    }

    private synchronized Built built() {
        for (int attempt = 1; ; attempt++) {
            DataVersion version = graph.dataVersion();
            if (built != null && built.version().equals(version.tag())) return built;
            Path versionFolder = folder.resolve(version.tag().replaceAll("[^A-Za-z0-9._-]", "_"));
            Optional<Map<String, Dump>> kept = readManifest(versionFolder);
            if (kept.isPresent()) return remember(new Built(version.tag(), versionFolder, kept.get()));
            Map<String, Dump> written = write(versionFolder);
            if (graph.dataVersion().tag().equals(version.tag())) {
                writeAtomically(
                        versionFolder.resolve(MANIFEST),
                        out -> out.write(manifest(written).getBytes(UTF_8)));
                return remember(new Built(version.tag(), versionFolder, written));
            }
            // The data changed while it was read: the pages may mix two versions.
            deleteQuietly(versionFolder);
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("The data changed " + ATTEMPTS + " times while its dumps were written");
            }
        }
    }

    /** Keeps {@code current} and removes the files of the versions before it. */
    private Built remember(Built current) {
        built = current;
        try (Stream<Path> versions = Files.list(folder)) {
            versions.filter(v -> !v.equals(current.folder())).forEach(Dumps::deleteQuietly);
        } catch (IOException e) {
            // Old versions are only disk space: leave them for the next build.
        }
        return current;
    }

    /** Every graph's dump and the whole one, in one pass over the store. */
    private Map<String, Dump> write(Path versionFolder) {
        try {
            Files.createDirectories(versionFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + versionFolder, e);
        }
        Map<String, Long> counted = new LinkedHashMap<>();
        for (Map<String, Term> row :
                graph.select("select-dataset-graphs", Map.of()).rows()) {
            counted.put(
                    row.get("graph").value(), Long.parseLong(row.get("triples").value()));
        }
        List<Dump> perGraph = new ArrayList<>();
        long[] total = {0};
        long wholeBytes = writeAtomically(versionFolder.resolve(WHOLE), wholeOut -> {
            StreamRDF whole = StreamRDFWriter.getWriterStream(wholeOut, RDFFormat.NQUADS);
            whole.start();
            for (Map.Entry<String, Long> entry : counted.entrySet()) {
                String graphIri = entry.getKey();
                Node graphNode = NodeFactory.createURI(graphIri);
                String file = fileName(graphIri) + ".ttl.gz";
                long[] triples = {0};
                long bytes = writeAtomically(versionFolder.resolve(file), graphOut -> {
                    StreamRDF turtle = StreamRDFWriter.getWriterStream(graphOut, RDFFormat.TURTLE_BLOCKS);
                    turtle.start();
                    prefixes.forEach(turtle::prefix);
                    triples[0] = graph.forEachTriple(graphIri, t -> {
                        Triple triple = Triple.create(
                                JenaTerms.node(t.subject()), JenaTerms.node(t.predicate()), JenaTerms.node(t.object()));
                        turtle.triple(triple);
                        whole.quad(Quad.create(graphNode, triple));
                    });
                    turtle.finish();
                });
                if (triples[0] != entry.getValue()) {
                    throw new IllegalStateException("<" + graphIri + "> gave " + triples[0] + " triples page by page, "
                            + entry.getValue() + " when counted: its dump would be wrong");
                }
                perGraph.add(new Dump(file, graphIri, "text/turtle", triples[0], bytes));
                total[0] += triples[0];
            }
            whole.finish();
        });
        Map<String, Dump> byFile = new LinkedHashMap<>();
        byFile.put(WHOLE, new Dump(WHOLE, null, "application/n-quads", total[0], wholeBytes));
        perGraph.forEach(d -> byFile.put(d.file(), d));
        return byFile;
    }

    /** What writes a file's content (uncompressed for dumps: see {@link #writeAtomically}). */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} under a temporary name in its folder, gzipped unless it is the manifest,
     * then moves it into place in one step.
     *
     * @return the file's size in bytes
     */
    private static long writeAtomically(Path target, Content content) {
        Path partial = null;
        try {
            partial = Files.createTempFile(
                    target.getParent(), target.getFileName().toString(), ".part");
            boolean gzip = target.getFileName().toString().endsWith(".gz");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                    OutputStream out = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        } finally {
            if (partial != null) deleteQuietly(partial);
        }
    }

    private static String manifest(Map<String, Dump> byFile) {
        StringBuilder text = new StringBuilder();
        for (Dump d : byFile.values()) {
            text.append(String.join(
                            "\t",
                            d.file(),
                            d.graph() == null ? "" : d.graph(),
                            d.mediaType(),
                            Long.toString(d.triples()),
                            Long.toString(d.bytes())))
                    .append('\n');
        }
        return text.toString();
    }

    /** The files of a version already written (by this or an earlier run), if it was finished. */
    private static Optional<Map<String, Dump>> readManifest(Path versionFolder) {
        Path manifest = versionFolder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return Optional.empty();
        try {
            Map<String, Dump> byFile = new LinkedHashMap<>();
            for (String line : Files.readAllLines(manifest, UTF_8)) {
                String[] f = line.split("\t", -1);
                Dump dump =
                        new Dump(f[0], f[1].isEmpty() ? null : f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]));
                if (Files.size(versionFolder.resolve(dump.file())) != dump.bytes()) return Optional.empty();
                byFile.put(dump.file(), dump);
            }
            return Optional.of(byFile);
        } catch (IOException | RuntimeException e) {
            // Unreadable or a file gone: write the version again.
            return Optional.empty();
        }
    }

    /** {@code https://w3id.org/ia-sante/graph/eur-lex-eli} → {@code graph-eur-lex-eli}. */
    private String fileName(String graphIri) {
        String local = graphIri.startsWith(baseIri) ? graphIri.substring(baseIri.length()) : graphIri;
        return local.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static void deleteQuietly(Path path) {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            // Left for the next clean-up.
        }
    }

    private static String shortDigest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
