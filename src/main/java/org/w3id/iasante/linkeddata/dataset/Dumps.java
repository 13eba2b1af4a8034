package org.w3id.iasante.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.store.DataVersion;
import org.w3id.iasante.store.GraphStore;

/**
 * The downloadable dumps: the whole dataset as gzipped N-Quads (each triple keeps its graph), and
 * each named graph as gzipped Turtle; built once per data version, with their sizes and counts.
 */
@Component
class Dumps {

    static final String WHOLE = "ia-sante.nq.gz";

    private final RoadmapGraph graph;
    private final GraphStore store;
    private final SiteIris iris;
    private Built built;

    Dumps(RoadmapGraph graph, GraphStore store, SiteIris iris) {
        this.graph = graph;
        this.store = store;
        this.iris = iris;
    }

    /** One downloadable file. */
    record Dump(String file, String graph, String mediaType, long triples, long bytes, byte[] content) {
        public String path() {
            return "/dumps/" + file;
        }
    }

    private record Built(DataVersion version, Map<String, Dump> byFile) {}

    List<Dump> all() {
        return List.copyOf(built().byFile().values());
    }

    Optional<Dump> file(String name) {
        return Optional.ofNullable(built().byFile().get(name));
    }

    private synchronized Built built() {
        DataVersion version = store.dataVersion();
        if (built != null && built.version().tag().equals(version.tag())) return built;
        Map<String, Dump> byFile = new LinkedHashMap<>();
        Map<String, List<TermTriple>> graphs = new LinkedHashMap<>();
        long total = 0;
        List<Dump> perGraph = new ArrayList<>();
        for (Map<String, Term> row :
                graph.select("select-dataset-graphs", Map.of()).rows()) {
            String graphIri = row.get("graph").value();
            List<TermTriple> triples = graph.construct("construct-graph", Map.of("graph", Term.iri(graphIri)));
            byte[] turtle = gzip(RdfWriter.write(triples, Lang.TURTLE));
            perGraph.add(new Dump(
                    fileName(graphIri) + ".ttl.gz", graphIri, "text/turtle", triples.size(), turtle.length, turtle));
            graphs.put(graphIri, triples);
            total += triples.size();
        }
        byte[] whole = gzip(RdfWriter.writeQuads(graphs, Lang.NQUADS));
        byFile.put(WHOLE, new Dump(WHOLE, null, "application/n-quads", total, whole.length, whole));
        perGraph.forEach(d -> byFile.put(d.file(), d));
        built = new Built(version, byFile);
        return built;
    }

    /** {@code https://w3id.org/ia-sante/graph/eur-lex-eli} → {@code graph-eur-lex-eli}. */
    private String fileName(String graphIri) {
        String local = graphIri.startsWith(iris.base())
                ? graphIri.substring(iris.base().length())
                : graphIri;
        return local.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
