package org.w3id.iasante.store;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's maintenance calls, on the SPARQL port behind the same credentials as writes, while
 * the store serves: {@code POST /$/backup} writes a consistent gzipped N-Quads copy under the
 * store's {@code Backups/} folder and {@code POST /$/compact} compacts the database live ({@link
 * EmbeddedStore#backup()}, {@link EmbeddedStore#compact()}). Answers are JSON and name files, never
 * the store's folder.
 */
final class MaintenanceServlet extends HttpServlet {

    /** The paths, each behind the editor's credentials ({@code JettySecurityLib.addPathConstraint}). */
    static final String BACKUP = "/$/backup";

    static final String COMPACT = "/$/compact";

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceServlet.class);
    private static final JsonMapper JSON = new JsonMapper();

    private final transient EmbeddedStore store;
    private final transient AuthPolicy editors;

    MaintenanceServlet(EmbeddedStore store, AuthPolicy editors) {
        this.store = store;
        this.editors = editors;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        if (user == null || !editors.isAllowed(user)) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, Map.of("error", "Only the editor may run maintenance"));
            return;
        }
        try {
            if (request.getServletPath().equals(BACKUP)) {
                String file = store.backup().getFileName().toString();
                LOG.info("Online backup by {}: {}", user, file);
                answer(response, HttpServletResponse.SC_OK, Map.of("backup", file, "folder", "Backups"));
            } else {
                EmbeddedStore.Compaction done = store.compact();
                LOG.info("Live compaction by {}: {} -> {}", user, done.before(), done.after());
                answer(
                        response,
                        HttpServletResponse.SC_OK,
                        Map.of("compacted", Map.of("before", done.before(), "after", done.after())));
            }
        } catch (RuntimeException e) {
            // The disk full, the folder not writable: the operator reads the log, the client a reason.
            LOG.error("Maintenance {} failed", request.getServletPath(), e);
            answer(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    Map.of("error", "The store could not complete it now; the server's log says why"));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        answer(
                response,
                HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                Map.of("error", "Send a POST, with the editor's credentials"));
    }

    private static void answer(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
