package org.w3id.iasante.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

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

    /** Whether {@code request} writes a quad into a graph named by a blank node. */
    static boolean in(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            List<Quad> quads = new ArrayList<>();
            if (update instanceof UpdateData data) quads.addAll(data.getQuads());
            if (update instanceof UpdateModify modify) quads.addAll(modify.getInsertQuads());
            if (quads.stream().anyMatch(BlankGraphNames::names)) return true;
        }
        return false;
    }
}
