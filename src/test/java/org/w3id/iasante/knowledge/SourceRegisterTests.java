package org.w3id.iasante.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The team's source register (shared/sources/README.md) is in the graph: every source it gives a
 * URL for has a named graph of its own, whose source document carries the register's id, URL and
 * kind, and which states at least one fact beside its own description.
 */
class SourceRegisterTests {

    /** The register sits beside the checkout, in the team's shared inputs; override with -Dias.source-register=… */
    private static final Path REGISTER = Path.of(System.getProperty(
            "ias.source-register",
            RepositoryKnowledge.ROOT.resolve("../shared/sources/README.md").toString()));

    /** A register row: | id | URL | title | publisher | date | kind | remark | */
    private static final Pattern ROW =
            Pattern.compile("^\\| ([a-z0-9][a-z0-9-]*) \\| (\\S+)[^|]*\\|[^|]*\\|[^|]*\\|[^|]*\\| (P-copy|P|S) \\|.*$");

    /** A fact of §2 or §3 cites its sources in brackets or parentheses: [careins-07; dmexp]. */
    private static final Pattern CITATION = Pattern.compile("[\\[(]([a-z0-9-]+(?:[;,] ?[a-z0-9-]+)*)[^\\])]*[\\])]");

    record Entry(String id, String url, String kind) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static Map<String, Graph> graphsById;
    private static Graph union;

    @BeforeAll
    static void graphsByRegisterId() {
        graphsById = new LinkedHashMap<>();
        union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (ParsedSource source : RepositoryKnowledge.knowledge().data()) {
            Graph graph = source.graph();
            graph.find().forEach(union::add);
            graph.find(Node.ANY, RDF.type.asNode(), IAS.SourceDocument.asNode())
                    .forEach(t -> graph.find(t.getSubject(), DCTerms.identifier.asNode(), Node.ANY)
                            .forEach(id -> graphsById.put(id.getObject().getLiteralLexicalForm(), graph)));
        }
    }

    static Stream<Entry> sourcesWithAUrl() throws IOException {
        assumeTrue(
                Files.isReadable(REGISTER),
                "the source register is not at " + REGISTER + " (set -Dias.source-register)");
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(REGISTER)) {
            Matcher m = ROW.matcher(line);
            if (m.matches() && m.group(2).startsWith("http")) {
                entries.add(new Entry(m.group(1), m.group(2), m.group(3)));
            }
        }
        return entries.stream();
    }

    @Test
    void theRegisterListsAtLeastSixtySourcesWithAUrl() throws IOException {
        assertThat(sourcesWithAUrl().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourcesWithAUrl")
    void everySourceWithAUrlHasItsOwnGraphWithItsUrlKindAndFacts(Entry entry) {
        Graph graph = graphsById.get(entry.id());
        assertThat(graph)
                .as("a graph whose source document has dcterms:identifier \"%s\"", entry.id())
                .isNotNull();
        Node document = document(graph, entry.id()).orElseThrow();

        assertThat(objects(graph, document, SchemaDO.url.asNode()))
                .as("schema:url of %s", entry.id())
                .containsExactly(NodeFactory.createURI(entry.url()));
        List<String> kinds = objects(graph, document, DCTerms.type.asNode()).stream()
                .flatMap(kind -> objects(union, kind, SKOS.notation.asNode()).stream())
                .map(Node::getLiteralLexicalForm)
                .toList();
        assertThat(kinds).as("kind of %s", entry.id()).containsExactly(entry.kind());

        Set<Node> own = Set.of(document);
        Set<Node> facts =
                graph.find(Node.ANY, DCTerms.source.asNode(), document).mapWith(t -> t.getSubject()).toSet().stream()
                        .filter(subject -> !own.contains(subject))
                        .filter(subject -> !objects(graph, document, DCTerms.publisher.asNode())
                                .contains(subject))
                        .collect(Collectors.toSet());
        assertThat(facts)
                .as("resources %s states beside its own description and publisher", entry.id())
                .isNotEmpty();
    }

    @Test
    void everySourceTheRegistersFactsCiteHasAGraph() throws IOException {
        assumeTrue(Files.isReadable(REGISTER), "the source register is not at " + REGISTER);
        Set<String> withUrl = sourcesWithAUrl().map(Entry::id).collect(Collectors.toSet());
        String facts = Files.readString(REGISTER);
        facts = facts.substring(facts.indexOf("## 2. Facts by topic"), facts.indexOf("## 5. Open questions"));
        Set<String> cited = new java.util.TreeSet<>();
        Matcher m = CITATION.matcher(facts);
        while (m.find()) {
            for (String id : m.group(1).split("[;,] ?")) {
                if (withUrl.contains(id)) cited.add(id);
            }
        }
        assertThat(cited).hasSizeGreaterThan(50);
        assertThat(cited)
                .allSatisfy(id -> assertThat(graphsById).as("graph of %s", id).containsKey(id));
    }

    private static Optional<Node> document(Graph graph, String id) {
        return graph.find(Node.ANY, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id))
                .mapWith(t -> t.getSubject())
                .filterKeep(s -> graph.contains(s, RDF.type.asNode(), IAS.SourceDocument.asNode()))
                .nextOptional();
    }

    private static List<Node> objects(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY)
                .mapWith(t -> t.getObject())
                .toList();
    }
}
