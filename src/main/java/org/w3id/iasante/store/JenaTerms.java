package org.w3id.iasante.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/** Jena's terms into plain {@link Term}s. */
final class JenaTerms {

    private JenaTerms() {}

    static Term term(Node node) {
        if (node.isURI()) return Term.iri(node.getURI());
        if (node.isBlank()) return Term.blank(node.getBlankNodeLabel());
        if (!node.getLiteralLanguage().isEmpty())
            return Term.text(node.getLiteralLexicalForm(), node.getLiteralLanguage());
        return Term.literal(node.getLiteralLexicalForm(), node.getLiteralDatatypeURI());
    }

    static ResultRows rows(RowSet rowSet) {
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

    static List<TermTriple> triples(Graph graph) {
        return graph.find()
                .mapWith(t -> new TermTriple(term(t.getSubject()), term(t.getPredicate()), term(t.getObject())))
                .toList();
    }
}
