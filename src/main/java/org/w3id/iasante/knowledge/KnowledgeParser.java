package org.w3id.iasante.knowledge;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.iasante.ontology.IaSanteIris;

/**
 * Parses knowledge files strictly (a parser warning is an error: it means a fact would be lost or
 * changed) and checks the naming rule of each folder, so that every file maps to one named graph.
 */
public final class KnowledgeParser {

    private KnowledgeParser() {}

    /** Parses every file, failing on the first invalid one. */
    public static List<ParsedSource> parseAll(List<KnowledgeFile> files) {
        return files.stream().map(KnowledgeParser::parse).toList();
    }

    public static ParsedSource parse(KnowledgeFile file) {
        return switch (file.kind()) {
            case ONTOLOGY -> parseOntology(file);
            case DATA -> parseData(file);
        };
    }

    private static ParsedSource parseOntology(KnowledgeFile file) {
        Graph graph = GraphFactory.createDefaultGraph();
        parser(file, Lang.TURTLE).parse(graph);
        List<Node> ontologies = graph.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode())
                .mapWith(t -> t.getSubject())
                .toList();
        if (ontologies.size() != 1 || !ontologies.get(0).isURI()) {
            throw new InvalidKnowledgeFileException(
                    file.name(),
                    "declares " + ontologies.size() + " owl:Ontology IRIs; an ontology file must declare exactly one,"
                            + " with an IRI, because that IRI names the graph the file is loaded into");
        }
        return new ParsedSource(file, ontologies.get(0).getURI(), graph);
    }

    private static ParsedSource parseData(KnowledgeFile file) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        parser(file, Lang.TRIG).parse(dataset);
        String expected = IaSanteIris.graphForSource(file.stem());
        if (!dataset.getDefaultGraph().isEmpty()) {
            throw new InvalidKnowledgeFileException(
                    file.name(), "has triples outside any named graph; put them inside <" + expected + "> { … }");
        }
        List<Node> names = listGraphNames(dataset);
        if (names.size() != 1 || !names.get(0).equals(NodeFactory.createURI(expected))) {
            throw new InvalidKnowledgeFileException(
                    file.name(),
                    "holds the graphs " + names + "; a data file holds exactly one graph, named after the file: <"
                            + expected + ">. Rename the graph or the file so they match");
        }
        return new ParsedSource(file, expected, dataset.getGraph(names.get(0)));
    }

    private static List<Node> listGraphNames(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static RDFParser parser(KnowledgeFile file, Lang lang) {
        return RDFParser.create()
                .source(new ByteArrayInputStream(file.content()))
                .lang(lang)
                .base(IaSanteIris.BASE)
                .errorHandler(new FailingErrorHandler(file.name()))
                .build();
    }

    /** Turns every parser report, warnings included, into an exception that names the file and position. */
    private record FailingErrorHandler(String fileName) implements ErrorHandler {

        @Override
        public void warning(String message, long line, long col) {
            throw new InvalidKnowledgeFileException(
                    fileName,
                    line,
                    col,
                    message + " (a parser warning: fix the term so that no value is silently lost or changed)");
        }

        @Override
        public void error(String message, long line, long col) {
            throw new InvalidKnowledgeFileException(fileName, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new InvalidKnowledgeFileException(fileName, line, col, message);
        }
    }
}
