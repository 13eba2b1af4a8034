package org.w3id.iasante.store;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * Fuseki's Graph Store Protocol (read and write) refusing data with relative IRIs ({@link
 * RelativeIris}) or graphs named by blank nodes ({@link BlankGraphNames}): every triple and quad it
 * stores passes through a check, and the first offender ends the upload with 400 and nothing written (the upload is one transaction). Uploads whose
 * data cannot be read are 400 too ({@link UnreadableData}, and multipart ones here).
 */
final class CheckedGraphStore extends GSP_RW {

    @Override
    protected void doPut(HttpAction action) {
        multipartRead(action, () -> super.doPut(action));
    }

    @Override
    protected void doPost(HttpAction action) {
        multipartRead(action, () -> super.doPost(action));
    }

    /**
     * Fuseki answers 500 to every failure of a {@code multipart/form-data} upload, a missing
     * boundary or a part that is not valid RDF included: those are the client's to fix, 400. (A
     * failure of the store's commit comes after the parts are read, but would read as 400 too.)
     */
    private static void multipartRead(HttpAction action, Runnable upload) {
        String type = action.getRequest().getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            upload.run();
            return;
        }
        if (!type.toLowerCase(Locale.ROOT).contains("boundary=")) {
            ServletOps.errorBadRequest("A multipart upload needs the boundary parameter of its Content-Type"
                    + " (multipart/form-data; boundary=...).");
        }
        try {
            upload.run();
        } catch (ActionErrorException e) {
            if (e.getRC() != HttpServletResponse.SC_INTERNAL_SERVER_ERROR) throw e;
            ServletOps.errorBadRequest("The multipart upload could not be read: " + e.getMessage());
        }
    }

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        String url = action.getRequest().getRequestURL().toString();
        String origin = url.substring(0, url.indexOf('/', url.indexOf("://") + 3) + 1);
        String directory = url.substring(0, url.lastIndexOf('/') + 1);
        return new Checked(super.decideDataset(action), new RelativeIris(origin, directory));
    }

    /** The dataset, whose every added quad is checked; its graphs are views that add through it. */
    private static final class Checked extends DatasetGraphWrapper {
        private final RelativeIris relative;

        Checked(DatasetGraph dataset, RelativeIris relative) {
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
            // Fuseki answers a RiotException of an upload with 400 and its message, and aborts the transaction.
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
}
