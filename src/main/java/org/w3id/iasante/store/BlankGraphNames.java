package org.w3id.iasante.store;

import org.apache.jena.sparql.core.Quad;

/**
 * Refuses graphs named by a blank node ({@code GRAPH _:g} in an update, {@code _:g} as the graph of
 * N-Quads or TriG): no later request can name such a graph to read or drop it, and one in the store
 * made the Service Description and every {@code DESCRIBE} answer 500. Graphs are named by IRIs.
 */
final class BlankGraphNames {

    static final String MESSAGE = "A graph is named by a blank node (_:…): no later request could name it to"
            + " read, replace or drop it. Name graphs with IRIs, e.g. <https://w3id.org/ia-sante/graph/...>.";

    private BlankGraphNames() {}

    static boolean names(Quad quad) {
        return quad.getGraph() != null && quad.getGraph().isBlank();
    }
}
