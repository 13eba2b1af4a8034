package org.w3id.iasante.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.TermTriple;

/** Writes plain triples in an RDF syntax, with the site's prefixes (Jena's writers). */
public final class RdfWriter {

    private RdfWriter() {}

    public static byte[] write(List<TermTriple> triples, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Vocabularies.PREFIXES);
        triples.forEach(
                t -> graph.add(JenaTerms.node(t.subject()), JenaTerms.node(t.predicate()), JenaTerms.node(t.object())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, lang);
        return out.toByteArray();
    }

    /** Named graphs (graph IRI → its triples) in a quad syntax such as N-Quads. */
    public static byte[] writeQuads(java.util.Map<String, List<TermTriple>> graphs, Lang lang) {
        org.apache.jena.sparql.core.DatasetGraph dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        Vocabularies.PREFIXES.getNsPrefixMap().forEach(dataset.prefixes()::add);
        graphs.forEach((name, triples) -> {
            Node graph = NodeFactory.createURI(name);
            triples.forEach(t -> dataset.add(
                    graph, JenaTerms.node(t.subject()), JenaTerms.node(t.predicate()), JenaTerms.node(t.object())));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, lang);
        return out.toByteArray();
    }
}
