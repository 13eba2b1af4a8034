package org.w3id.iasante.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;

/** Between Jena's terms and plain {@link Term}s, both ways: the one place that knows both. */
public final class JenaTerms {

    private JenaTerms() {}

    public static Node node(Term term) {
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

    public static Term term(Node node) {
        if (node.isURI()) return Term.iri(node.getURI());
        if (node.isBlank()) return Term.blank(node.getBlankNodeLabel());
        if (!node.getLiteralLanguage().isEmpty())
            return Term.text(node.getLiteralLexicalForm(), node.getLiteralLanguage());
        return Term.literal(node.getLiteralLexicalForm(), node.getLiteralDatatypeURI());
    }

    public static ResultRows rows(RowSet rowSet) {
        List<String> variables =
                rowSet.getResultVars().stream().map(Var::getVarName).toList();
        List<Map<String, Term>> rows = new ArrayList<>();
        rowSet.forEachRemaining(binding -> {
            Map<String, Term> row = new HashMap<>();
            binding.forEach((var, node) -> row.put(var.getVarName(), term(node)));
            rows.add(row);
        });
        return new ResultRows(variables, rows);
    }

    public static List<TermTriple> triples(Graph graph) {
        return List.copyOf(graph.find()
                .mapWith(t -> new TermTriple(term(t.getSubject()), term(t.getPredicate()), term(t.getObject())))
                .toList());
    }
}
