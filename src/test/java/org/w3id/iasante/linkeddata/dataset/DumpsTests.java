package org.w3id.iasante.linkeddata.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.TermTriple;

/** The dumps as files: complete, streamed, written once per data version, never half-written. */
class DumpsTests {

    private static final Map<String, String> PREFIXES = Map.of("ias", "https://w3id.org/ia-sante/def#");

    @TempDir
    Path root;

    @Test
    void eachGraphsDumpAndTheWholeOneHoldExactlyTheGraphsTriples() throws IOException {
        SyntheticGraph data = new SyntheticGraph().withGraph("graph/a", 1_234).withGraph("def/shapes", 7);
        Dumps dumps = new Dumps(data.asRoadmapGraph(), SyntheticGraph.BASE, PREFIXES, root);

        assertThat(dumps.all())
                .extracting(Dumps.Dump::file, Dumps.Dump::graph, Dumps.Dump::mediaType, Dumps.Dump::triples)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Dumps.WHOLE, null, "application/n-quads", 1_241L),
                        org.assertj.core.groups.Tuple.tuple(
                                "graph-a.ttl.gz", SyntheticGraph.BASE + "graph/a", "text/turtle", 1_234L),
                        org.assertj.core.groups.Tuple.tuple(
                                "def-shapes.ttl.gz", SyntheticGraph.BASE + "def/shapes", "text/turtle", 7L));
        for (Dumps.Dump dump : dumps.all()) {
            assertThat(Files.size(dumps.location(dump.file()).orElseThrow()))
                    .as(dump.file())
                    .isEqualTo(dump.bytes());
        }

        DatasetGraph whole = DatasetGraphFactory.create();
        try (InputStream in = gunzip(dumps.location(Dumps.WHOLE).orElseThrow())) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(whole);
        }
        Graph a = turtle(dumps.location("graph-a.ttl.gz").orElseThrow());
        Graph expected = expected(data, "graph/a");
        assertThat(a.isIsomorphicWith(expected)).isTrue();
        assertThat(whole.getGraph(NodeFactory.createURI(SyntheticGraph.BASE + "graph/a"))
                        .isIsomorphicWith(expected))
                .isTrue();
        assertThat(whole.getGraph(NodeFactory.createURI(SyntheticGraph.BASE + "def/shapes"))
                        .isIsomorphicWith(expected(data, "def/shapes")))
                .isTrue();
        assertThat(Files.readString(gunzipped(dumps.location("graph-a.ttl.gz").orElseThrow())))
                .as("Turtle with the description's prefixes")
                .contains("PREFIX ias:", "ias:p0");
    }

    @Test
    void aDataVersionIsWrittenOnceEvenAcrossRestartsAndANewOneReplacesIt() {
        SyntheticGraph data = new SyntheticGraph().withGraph("graph/a", 10);
        Dumps first = new Dumps(data.asRoadmapGraph(), SyntheticGraph.BASE, PREFIXES, root);
        List<Dumps.Dump> written = first.all();
        first.all();
        first.file(Dumps.WHOLE).orElseThrow();
        assertThat(data.graphsRead).hasValue(1);

        Dumps afterRestart = new Dumps(data.asRoadmapGraph(), SyntheticGraph.BASE, PREFIXES, root);
        assertThat(afterRestart.all()).isEqualTo(written);
        assertThat(data.graphsRead).as("the files on disk are reused").hasValue(1);

        Path oldWhole = first.location(Dumps.WHOLE).orElseThrow();
        data.version.set("v2");
        data.withGraph("graph/a", 12);
        assertThat(afterRestart.file(Dumps.WHOLE).orElseThrow().triples()).isEqualTo(12);
        assertThat(data.graphsRead).hasValue(2);
        assertThat(oldWhole).as("the old version's files are removed").doesNotExist();
    }

    @Test
    void aFailureWhileWritingLeavesNoFileThatIsServedAndTheNextReadWritesThemAll() throws IOException {
        SyntheticGraph data = new SyntheticGraph().withGraph("graph/a", 100).withGraph("graph/b", 100);
        data.afterGraph = graph -> {
            if (graph.endsWith("graph/b")) throw new UncheckedIOException(new IOException("disk full"));
        };
        Dumps dumps = new Dumps(data.asRoadmapGraph(), SyntheticGraph.BASE, PREFIXES, root);
        assertThatThrownBy(dumps::all).hasMessageContaining("disk full");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList())
                    .as("no partial file, and graph-a's finished file is not listed as a dump")
                    .allSatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("graph-a.ttl.gz"));
        }

        data.afterGraph = graph -> {};
        assertThat(dumps.all()).hasSize(3);
        assertThat(dumps.file(Dumps.WHOLE).orElseThrow().triples()).isEqualTo(200);
    }

    @Test
    void dataThatChangesWhileItIsWrittenIsWrittenAgainAtItsNewVersion() {
        SyntheticGraph data = new SyntheticGraph().withGraph("graph/a", 10);
        data.afterGraph = graph -> {
            if (data.version.get().equals("v1")) {
                data.version.set("v2");
                data.withGraph("graph/a", 11);
            }
        };
        Dumps dumps = new Dumps(data.asRoadmapGraph(), SyntheticGraph.BASE, PREFIXES, root);
        assertThat(dumps.file(Dumps.WHOLE).orElseThrow().triples()).isEqualTo(11);
        assertThat(root.toFile().listFiles()[0].list())
                .as("only the new version is kept")
                .hasSize(1);
    }

    @Test
    void aGraphWhosePagesDoNotAddUpToItsCountIsNotPublished() {
        SyntheticGraph data = new SyntheticGraph().withGraph("graph/a", 10);
        // As an endpoint that cuts answers at a row limit would.
        data.handed.put(SyntheticGraph.BASE + "graph/a", 8L);
        Dumps dumps = new Dumps(data.asRoadmapGraph(), SyntheticGraph.BASE, PREFIXES, root);
        assertThatThrownBy(dumps::all).hasMessageContaining("gave 8 triples page by page, 10 when counted");
        assertThat(root.resolve("x")
                        .getParent()
                        .toFile()
                        .listFiles()[0]
                        .listFiles()[0]
                        .list())
                .as("nothing published for that version")
                .doesNotContain(Dumps.MANIFEST, Dumps.WHOLE);
    }

    private static final long HEAP_MB = 32;

    /**
     * Run in a JVM of its own with a 32 MB heap: the old dumps, built in memory, needed the whole
     * graph and each compressed file as byte arrays.
     */
    @Test
    void aDumpLargerThanTheHeapIsWrittenWithinIt() throws Exception {
        long triples = 300_000;
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + HEAP_MB + "m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        DumpsHeapProbe.class.getName(),
                        root.toString(),
                        Long.toString(triples))
                .redirectErrorStream(true)
                .start();
        String output;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            output = String.join("\n", out.lines().toList());
        }
        assertThat(probe.waitFor(4, TimeUnit.MINUTES)).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();

        Path whole;
        try (Stream<Path> files = Files.walk(root)) {
            whole = files.filter(f -> f.getFileName().toString().equals(Dumps.WHOLE))
                    .findFirst()
                    .orElseThrow();
        }
        long[] quads = {0};
        try (InputStream in = gunzip(whole)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads[0]++;
                }
            });
        }
        long uncompressed;
        try (InputStream in = gunzip(whole)) {
            uncompressed = in.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(uncompressed)
                .as("the N-Quads, which the old dumps held as one byte array, are larger than the heap")
                .isGreaterThan(HEAP_MB << 20);
        assertThat(quads[0]).isEqualTo(triples);
    }

    private static Graph expected(SyntheticGraph data, String local) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (long i = 0; i < data.graphs.get(SyntheticGraph.BASE + local); i++) {
            TermTriple t = data.triples.make(SyntheticGraph.BASE + local, i);
            Node s = JenaTerms.node(t.subject());
            graph.add(s, JenaTerms.node(t.predicate()), JenaTerms.node(t.object()));
        }
        return graph;
    }

    private static Graph turtle(Path file) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = gunzip(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        }
        return graph;
    }

    private static InputStream gunzip(Path file) throws IOException {
        return new GZIPInputStream(Files.newInputStream(file));
    }

    private Path gunzipped(Path file) throws IOException {
        Path plain = Files.createTempFile(root.getParent(), "dump", ".ttl");
        try (InputStream in = gunzip(file)) {
            Files.copy(in, plain, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        plain.toFile().deleteOnExit();
        return plain;
    }
}
