package org.w3id.iasante.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset whose every added quad is checked: the first with a relative IRI ({@link RelativeIris})
 * or in a graph named by a blank node ({@link BlankGraphNames}) ends the write with a {@link
 * RiotException} saying why (Fuseki answers one of an upload with 400 and aborts the transaction).
 * Its graphs are views that add through it. Writes whose quads are known only as they are made (an
 * upload as it is read, an update's template filled by its {@code WHERE}) go through it.
 */
final class CheckedDataset extends DatasetGraphWrapper {

    private final RelativeIris relative;

    CheckedDataset(DatasetGraph dataset, RelativeIris relative) {
        super(dataset);
        this.relative = relative;
    }

    @Override
    public void add(Quad quad) {
        check(quad);
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        check(Quad.create(g, s, p, o));
        super.add(g, s, p, o);
    }

    private void check(Quad quad) {
        String found = relative.in(quad);
        if (found != null) throw new RiotException(relative.message(found));
        if (BlankGraphNames.names(quad)) throw new RiotException(BlankGraphNames.MESSAGE);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }
}
