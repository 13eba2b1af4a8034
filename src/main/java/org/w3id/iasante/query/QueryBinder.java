package org.w3id.iasante.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.NodeUtils;

/**
 * Binds values to a catalogue query's parameters on the parsed syntax tree, never by editing
 * text: a value is an RDF term, so quotes or braces inside it cannot change the query.
 *
 * <p>A query file gives its parameters' defaults in a {@code VALUES} block that opens its
 * {@code WHERE} clause, so the file runs as it is in any SPARQL tool. Binding a parameter
 * replaces its default in that block. Being first, the block also lets the engine start from
 * the bound value and use its indexes.
 */
public final class QueryBinder {

    /**
     * Each query file's text parsed once: a page asks several questions, and parsing them at every
     * request took about a fifth of the server's time in the site crawl. Callers get a copy to bind.
     */
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private QueryBinder() {}

    /** The query with its defaults (a copy of the once-parsed query: the caller may change it). */
    public static Query parse(CatalogueQuery query) {
        return PARSED.computeIfAbsent(query.text(), text -> {
                    try {
                        return QueryFactory.create(text);
                    } catch (QueryParseException e) {
                        throw new IllegalArgumentException("queries/" + query.name() + ".rq: " + e.getMessage(), e);
                    }
                })
                .cloneQuery();
    }

    /** The variables of the parameter block that opens the WHERE clause (empty when none). */
    public static List<String> parameterBlockVariables(CatalogueQuery query) {
        return parameterBlock(parse(query)).map(b -> b.getTable().getVarNames()).orElse(List.of());
    }

    /**
     * The query with {@code values} in place of its parameters' defaults.
     *
     * @throws IllegalArgumentException when a name is not a parameter the query declares
     */
    public static Query bind(CatalogueQuery query, Map<String, Node> values) {
        Query parsed = parse(query);
        if (values.isEmpty()) return parsed;
        values.keySet().forEach(name -> {
            if (query.parameter(name).isEmpty()) {
                throw new IllegalArgumentException("The query '" + query.name() + "' has no parameter ?" + name
                        + "; its parameters are "
                        + query.parameters().stream().map(p -> "?" + p.name()).toList());
            }
        });
        ElementData block = parameterBlock(parsed)
                .orElseThrow(() -> new IllegalStateException(
                        "queries/" + query.name() + ".rq declares parameters but its WHERE clause does not open with"
                                + " a VALUES block giving their defaults"));
        ElementGroup where = (ElementGroup) parsed.getQueryPattern();
        where.getElements().set(where.getElements().indexOf(block), withValues(query.name(), block, values));
        return parsed;
    }

    /** As {@link #bind(CatalogueQuery, Map)}, with values given as plain terms. */
    public static Query bindTerms(CatalogueQuery query, Map<String, Term> values) {
        Map<String, Node> nodes = new java.util.LinkedHashMap<>();
        values.forEach((name, term) -> nodes.put(name, JenaTerms.node(term)));
        return bind(query, nodes);
    }

    private static Optional<ElementData> parameterBlock(Query query) {
        if (query.getQueryPattern() instanceof ElementGroup group
                && !group.isEmpty()
                && group.get(0) instanceof ElementData data) {
            return Optional.of(data);
        }
        return Optional.empty();
    }

    private static ElementData withValues(String queryName, ElementData defaults, Map<String, Node> values) {
        List<Var> vars = defaults.getVars();
        Set<Binding> rows = new LinkedHashSet<>();
        for (Binding row : defaults.getRows()) {
            BindingBuilder bound = BindingBuilder.create();
            for (Var var : vars) {
                Node value = values.containsKey(var.getVarName())
                        ? ofTheKindOf(row.get(var), values.get(var.getVarName()), queryName, var.getVarName())
                        : row.get(var);
                if (value != null) bound.add(var, value);
            }
            rows.add(bound.build());
        }
        return new ElementData(vars, new ArrayList<>(rows));
    }

    /**
     * {@code value} as the parameter takes it, judged by its default: an IRI where the default is one,
     * a number where it is a number, text where it is text (a number given for text is its digits,
     * so {@code code=69} means "69"). Anything else is refused, naming the parameter and an example.
     */
    private static Node ofTheKindOf(Node byDefault, Node value, String queryName, String name) {
        if (byDefault == null) return value;
        String refused = "The parameter ?" + name + " of '" + queryName + "' takes ";
        if (byDefault.isURI()) {
            if (value.isURI()) return value;
            throw new IllegalArgumentException(refused + "an IRI in angle brackets, e.g. <" + byDefault.getURI() + ">; "
                    + shown(value) + " is not one.");
        }
        if (!byDefault.isLiteral()) return value;
        if (NodeUtils.isXSDNumeric(byDefault)) {
            if (NodeUtils.isXSDNumeric(value)) return value;
            throw new IllegalArgumentException(refused + "a number, e.g. " + byDefault.getLiteralLexicalForm() + "; "
                    + shown(value) + " is not one.");
        }
        if (!value.isLiteral()) {
            throw new IllegalArgumentException(refused + "text, e.g. \"" + byDefault.getLiteralLexicalForm() + "\"; "
                    + shown(value) + " is not text.");
        }
        boolean takesText = NodeUtils.isSimpleString(byDefault) || NodeUtils.isLangString(byDefault);
        boolean isText = NodeUtils.isSimpleString(value) || NodeUtils.isLangString(value);
        return takesText && !isText ? NodeFactory.createLiteralString(value.getLiteralLexicalForm()) : value;
    }

    private static String shown(Node value) {
        String text = value.isURI()
                ? "<" + value.getURI() + ">"
                : value.isLiteral() ? "\"" + value.getLiteralLexicalForm() + "\"" : value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
