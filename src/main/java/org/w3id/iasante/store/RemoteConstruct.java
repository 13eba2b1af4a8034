package org.w3id.iasante.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.syntax.Template;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/**
 * A CONSTRUCT built on this side from the solutions of its pattern, for when the engine caps the
 * graph it would build (Virtuoso's {@code ResultSetMaxRows} cuts CONSTRUCT answers without a word):
 * the solutions can be fetched page by page, the graph cannot.
 */
final class RemoteConstruct {

    private final Template template;
    private final String solutions;

    private RemoteConstruct(Template template, String solutions) {
        this.template = template;
        this.solutions = solutions;
    }

    /** Empty for a DESCRIBE, whose triples the engine chooses. */
    static Optional<RemoteConstruct> of(String query) {
        Query parsed = QueryFactory.create(query);
        if (!parsed.isConstructType()) return Optional.empty();
        Query select = parsed.cloneQuery();
        select.setQuerySelectType();
        select.setQueryResultStar(true);
        return Optional.of(new RemoteConstruct(parsed.getConstructTemplate(), select.serialize()));
    }

    /** The SELECT query of the pattern's solutions. */
    String solutions() {
        return solutions;
    }

    /** The graph: the template instantiated once per solution, each triple once. */
    List<TermTriple> triples(ResultRows rows) {
        List<Binding> bindings = new ArrayList<>(rows.rows().size());
        for (Map<String, Term> row : rows.rows()) {
            BindingBuilder binding = BindingBuilder.create();
            row.forEach((variable, term) -> binding.add(Var.alloc(variable), JenaTerms.node(term)));
            bindings.add(binding.build());
        }
        Set<TermTriple> triples = new LinkedHashSet<>();
        TemplateLib.calcTriples(template.getTriples(), bindings.iterator()).forEachRemaining((Triple t) -> {
            if (t.isConcrete()) {
                triples.add(new TermTriple(
                        JenaTerms.term(t.getSubject()),
                        JenaTerms.term(t.getPredicate()),
                        JenaTerms.term(t.getObject())));
            }
        });
        return List.copyOf(triples);
    }
}
