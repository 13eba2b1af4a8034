package org.w3id.iasante.support;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;

/** Turns what the RDF4J client received into Jena terms, to compare answers term by term. */
public final class Rdf4jToJena {

    private Rdf4jToJena() {}

    public static RowSet rows(TupleQueryResult result) {
        List<Var> vars = result.getBindingNames().stream().map(Var::alloc).toList();
        List<Binding> rows = new ArrayList<>();
        while (result.hasNext()) {
            BindingSet set = result.next();
            BindingBuilder row = BindingBuilder.create();
            set.forEach(b -> row.add(Var.alloc(b.getName()), node(b.getValue())));
            rows.add(row.build());
        }
        return RowSetStream.create(vars, rows.iterator());
    }

    public static Graph graph(Iterable<Statement> statements) {
        Graph graph = GraphFactory.createDefaultGraph();
        statements.forEach(s -> graph.add(node(s.getSubject()), node(s.getPredicate()), node(s.getObject())));
        return graph;
    }

    public static Node node(Value value) {
        if (value instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (value instanceof BNode bnode) return NodeFactory.createBlankNode(bnode.getID());
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent())
            return NodeFactory.createLiteralLang(
                    literal.getLabel(), literal.getLanguage().get());
        return NodeFactory.createLiteralDT(
                literal.getLabel(),
                TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }
}
