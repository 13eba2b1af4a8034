package org.w3id.iasante.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.w3id.iasante.ontology.IAS;

/**
 * The ontology and data files, parsed: each one a named graph. Knows which files say something
 * about a resource, so that a problem found in the union can be traced back to files.
 */
public record KnowledgeBase(List<ParsedSource> ontology, List<ParsedSource> data) {

    /** The IRI of the graph holding the SHACL shapes ({@code ontology/shapes.ttl}). */
    public static final String SHAPES_GRAPH = IAS.ONTOLOGY + "/shapes";

    public KnowledgeBase {
        ontology = List.copyOf(ontology);
        data = List.copyOf(data);
        requireDistinctGraphNames(ontology, data);
    }

    /** Reads and parses every file of a location; fails on the first invalid file. */
    public static KnowledgeBase read(KnowledgeLocation location) {
        return new KnowledgeBase(
                KnowledgeParser.parseAll(location.ontologyFiles()), KnowledgeParser.parseAll(location.dataFiles()));
    }

    /** Ontology graphs first, then data graphs. */
    public List<ParsedSource> all() {
        return concat(ontology, data);
    }

    /** The shapes graph, from the ontology file that declares {@value #SHAPES_GRAPH}. */
    public Graph shapes() {
        return ontology.stream()
                .filter(s -> s.graphName().equals(SHAPES_GRAPH))
                .findFirst()
                .map(ParsedSource::graph)
                .orElseThrow(() -> new IllegalStateException(
                        "No ontology file declares <" + SHAPES_GRAPH + ">: ontology/shapes.ttl is missing"));
    }

    /**
     * What data is checked against the shapes: every data graph and the ontology's own terms,
     * but not the shapes (they would be validated as if they were data).
     */
    public Graph unionForValidation() {
        Graph union = GraphFactory.createDefaultGraph();
        for (ParsedSource source : all()) {
            if (!source.graphName().equals(SHAPES_GRAPH)) {
                source.graph().find().forEach(union::add);
            }
        }
        return union;
    }

    /** The files whose graph has {@code node} as a subject. */
    public List<String> filesDescribing(Node node) {
        return all().stream()
                .filter(s -> s.graph().contains(node, Node.ANY, Node.ANY))
                .map(s -> s.file().name())
                .toList();
    }

    public Optional<ParsedSource> source(String fileName) {
        return all().stream().filter(s -> s.file().name().equals(fileName)).findFirst();
    }

    /**
     * An in-memory TDB2 dataset holding each file in its named graph, with the union of the named
     * graphs as default graph: the same engine and view the served store uses.
     */
    public DatasetGraph toInMemoryDataset() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            for (ParsedSource source : all()) {
                Node name = NodeFactory.createURI(source.graphName());
                source.graph().find().forEach(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
        return dataset;
    }

    private static void requireDistinctGraphNames(List<ParsedSource> ontology, List<ParsedSource> data) {
        List<String> seen = new ArrayList<>();
        for (ParsedSource source : concat(ontology, data)) {
            if (seen.contains(source.graphName())) {
                throw new InvalidKnowledgeFileException(
                        source.file().name(),
                        "uses the graph name <" + source.graphName() + "> already used by another file;"
                                + " each file must have a graph of its own");
            }
            seen.add(source.graphName());
        }
    }

    private static List<ParsedSource> concat(List<ParsedSource> a, List<ParsedSource> b) {
        List<ParsedSource> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
