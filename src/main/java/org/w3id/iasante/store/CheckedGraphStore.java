package org.w3id.iasante.store;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's Graph Store Protocol (read and write) refusing data with relative IRIs ({@link
 * RelativeIris}) or graphs named by blank nodes ({@link BlankGraphNames}): every triple and quad it
 * stores passes through a {@link CheckedDataset}, and the first offender ends the upload with 400
 * and nothing written (the upload is one transaction). Uploads whose data cannot be read are 400
 * too ({@link UnreadableData}, and multipart ones here).
 */
final class CheckedGraphStore extends GSP_RW {

    @Override
    protected void doPut(HttpAction action) {
        UnreadableData.whileReadingAnUpload(() -> multipartRead(action, () -> super.doPut(action)));
    }

    @Override
    protected void doPost(HttpAction action) {
        UnreadableData.whileReadingAnUpload(() -> multipartRead(action, () -> super.doPost(action)));
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
        return new CheckedDataset(super.decideDataset(action), new RelativeIris(origin, directory));
    }
}
