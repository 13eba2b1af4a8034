package org.w3id.iasante.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Finds IRIs written relative in data sent to be stored. N-Triples and N-Quads keep {@code <a>} as
 * it is, and a backup holding it is no longer valid N-Quads; Turtle, RDF/XML, JSON-LD and SPARQL
 * resolve it against a base nobody chose (the request's own URL, Fuseki's
 * {@code http://server/unset-base/}, a file's path). So an IRI is refused when it has no scheme, or
 * when it starts with the base the parser resolved against.
 */
public final class RelativeIris {

    private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final String base;
    private final String shownFrom;

    /**
     * @param base what relative IRIs resolve under, e.g. {@code http://host:3030/}
     * @param shownFrom the base's directory they are shown relative to, e.g. {@code http://host:3030/ia-sante/}
     */
    public RelativeIris(String base, String shownFrom) {
        this.base = base;
        this.shownFrom = shownFrom;
    }

    /** The first IRI of {@code quad} written relative, or null. */
    public String in(Quad quad) {
        for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject())) {
            String found = in(node);
            if (found != null) return found;
        }
        return null;
    }

    /** The first IRI of {@code node} (an IRI, a literal's datatype, a triple term's parts) written relative, or null. */
    String in(Node node) {
        if (node == null) return null;
        if (node.isURI()) return isRelative(node.getURI()) ? node.getURI() : null;
        if (node.isLiteral()) {
            String datatype = node.getLiteralDatatypeURI();
            return datatype != null && isRelative(datatype) ? datatype : null;
        }
        if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            return in(Quad.create(Quad.defaultGraphIRI, triple));
        }
        return null;
    }

    /** The first IRI written relative in what {@code request} would write or name, or null. */
    String in(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            List<Quad> quads = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            if (update instanceof UpdateData data) quads.addAll(data.getQuads());
            if (update instanceof UpdateDeleteWhere deleteWhere) quads.addAll(deleteWhere.getQuads());
            if (update instanceof UpdateModify modify) {
                quads.addAll(modify.getInsertQuads());
                quads.addAll(modify.getDeleteQuads());
            }
            if (update instanceof UpdateWithUsing using) {
                nodes.add(using.getWithIRI());
                nodes.addAll(using.getUsing());
                nodes.addAll(using.getUsingNamed());
            }
            if (update instanceof UpdateLoad load) nodes.add(load.getDest());
            if (update instanceof UpdateDropClear dropClear) nodes.add(graph(dropClear.getTarget()));
            if (update instanceof UpdateCreate create) nodes.add(create.getGraph());
            if (update instanceof UpdateBinaryOp binary) {
                nodes.add(graph(binary.getSrc()));
                nodes.add(graph(binary.getDest()));
            }
            for (Quad quad : quads) {
                String found = in(quad);
                if (found != null) return found;
            }
            for (Node node : nodes) {
                String found = in(node);
                if (found != null) return found;
            }
        }
        return null;
    }

    /** What a user can act on, showing the IRI as it was written when that can be told. */
    public String message(String iri) {
        String written = iri.startsWith(shownFrom) ? iri.substring(shownFrom.length()) : iri;
        return "The data holds the relative IRI <" + written + ">: only absolute IRIs are stored (a relative one"
                + " would depend on where the data was read from, or be kept as is and make the next backup"
                + " invalid). Write full IRIs, e.g. <https://w3id.org/ia-sante/id/...>, or declare a base"
                + " (@base in Turtle, BASE in SPARQL).";
    }

    private boolean isRelative(String iri) {
        return !ABSOLUTE.matcher(iri).matches() || iri.startsWith(base);
    }

    private static Node graph(Target target) {
        return target != null && target.isOneNamedGraph() ? target.getGraph() : null;
    }
}
