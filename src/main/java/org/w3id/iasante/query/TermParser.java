package org.w3id.iasante.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/** Reads a parameter value typed by a person: a SPARQL term ({@code 2024}, {@code "x"@fr}, {@code <iri>}) or else plain text. */
public final class TermParser {

    private TermParser() {}

    /** As {@link #parse(String)}, as a plain term. */
    public static Term parseTerm(String text) {
        return JenaTerms.term(parse(text));
    }

    public static Node parse(String text) {
        try {
            Node node = NodeFactoryExtra.parseNode(text);
            if (node.isConcrete()) return node;
        } catch (RuntimeException notATerm) {
            // Plain text, e.g. ars: taken as a string below.
        }
        return NodeFactory.createLiteralString(text);
    }
}
