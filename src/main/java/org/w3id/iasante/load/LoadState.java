package org.w3id.iasante.load;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.ontology.IaSanteIris;

/**
 * The load-state graph: for each named graph loaded from a knowledge file, the file, its hash,
 * when and how many triples. Kept in the store itself, so it changes in the same transaction as
 * the data it describes.
 */
final class LoadState {

    static final Node GRAPH = NodeFactory.createURI(IaSanteIris.LOAD_STATE_GRAPH);

    private LoadState() {}

    /** By file name. Call inside a read or write transaction. */
    static Map<String, LoadedFile> read(DatasetGraph dataset) {
        Graph state = dataset.getGraph(GRAPH);
        Map<String, LoadedFile> byFile = new LinkedHashMap<>();
        state.find(Node.ANY, IAS.loadedFrom.asNode(), Node.ANY).forEach(t -> {
            Node graph = t.getSubject();
            String file = t.getObject().getLiteralLexicalForm();
            byFile.put(
                    file,
                    new LoadedFile(
                            file,
                            graph.getURI(),
                            literal(state, graph, IAS.contentSha256.asNode()),
                            Long.parseLong(literal(state, graph, VOID.triples.asNode()))));
        });
        return byFile;
    }

    /** Call inside a write transaction. */
    static void record(DatasetGraph dataset, LoadedFile file, Instant when) {
        forget(dataset, file.graphName());
        Node graph = NodeFactory.createURI(file.graphName());
        dataset.add(GRAPH, graph, RDF.type.asNode(), VOID.Dataset.asNode());
        dataset.add(GRAPH, graph, IAS.loadedFrom.asNode(), NodeFactory.createLiteralString(file.fileName()));
        dataset.add(GRAPH, graph, IAS.contentSha256.asNode(), NodeFactory.createLiteralString(file.sha256()));
        dataset.add(
                GRAPH,
                graph,
                VOID.triples.asNode(),
                NodeFactory.createLiteralDT(Long.toString(file.triples()), XSDDatatype.XSDinteger));
        dataset.add(
                GRAPH,
                graph,
                DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime));
    }

    /** Call inside a write transaction. */
    static void forget(DatasetGraph dataset, String graphName) {
        dataset.deleteAny(GRAPH, NodeFactory.createURI(graphName), Node.ANY, Node.ANY);
    }

    private static String literal(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).next().getObject().getLiteralLexicalForm();
    }
}
