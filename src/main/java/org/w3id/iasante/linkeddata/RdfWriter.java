package org.w3id.iasante.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/** Writes plain triples in an RDF syntax, with the site's prefixes (Jena's writers). */
final class RdfWriter {

    private RdfWriter() {}

    static byte[] write(List<TermTriple> triples, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        Vocabularies.PREFIXES.forEach(graph.getPrefixMapping()::setNsPrefix);
        triples.forEach(t -> graph.add(node(t.subject()), node(t.predicate()), node(t.object())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, lang);
        return out.toByteArray();
    }

    /** Named graphs (graph IRI → its triples) in a quad syntax such as N-Quads. */
    static byte[] writeQuads(java.util.Map<String, List<TermTriple>> graphs, Lang lang) {
        org.apache.jena.sparql.core.DatasetGraph dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        Vocabularies.PREFIXES.forEach(dataset.prefixes()::add);
        graphs.forEach((name, triples) -> {
            Node graph = NodeFactory.createURI(name);
            triples.forEach(t -> dataset.add(graph, node(t.subject()), node(t.predicate()), node(t.object())));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, lang);
        return out.toByteArray();
    }

    static Node node(Term term) {
        return switch (term.kind()) {
            case IRI -> NodeFactory.createURI(term.value());
            case BLANK -> NodeFactory.createBlankNode(term.value());
            case LITERAL ->
                term.language().isEmpty()
                        ? NodeFactory.createLiteralDT(
                                term.value(), TypeMapper.getInstance().getSafeTypeByName(term.datatype()))
                        : NodeFactory.createLiteralLang(term.value(), term.language());
        };
    }
}
