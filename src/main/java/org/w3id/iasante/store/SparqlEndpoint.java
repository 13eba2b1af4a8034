package org.w3id.iasante.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.springframework.context.SmartLifecycle;

/**
 * Apache Jena Fuseki over the embedded store, with safe defaults instead of stock Fuseki's:
 * read-only public endpoints, writes only on separate endpoints behind credentials, no SERVICE,
 * no remote JSON-LD contexts, every query bounded in time and size from its text to its answer's
 * bytes ({@link BoundedQuery}, {@link ResponseLimit}), no relative IRIs written ({@link
 * CheckedGraphStore}, {@link CheckedUpdate}), CORS for queries only; answers to questions asked
 * again on unchanged data come from a {@link ResultCache}.
 *
 * <pre>
 * /{dataset}/sparql, /{dataset}/query   SPARQL 1.1 Query (GET, POST)
 * /{dataset}/get                        Graph Store Protocol, read (GET ?graph= / ?default)
 * /{dataset}/update                     SPARQL 1.1 Update           — credentials required
 * /{dataset}/data                       Graph Store Protocol, write — credentials required
 * /$/backup, /$/compact                 POST: online backup, live compaction — credentials required
 * </pre>
 */
public final class SparqlEndpoint implements SmartLifecycle, AutoCloseable {

    /**
     * Started before the site's web server (Spring Boot's is {@code DEFAULT_PHASE - 2048}) and
     * stopped after it: the SPARQL endpoint answers first.
     */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    /** Jetty's default response buffer size, which its buffer pool reuses. */
    private static final int OUTPUT_BUFFER_BYTES = new HttpConfiguration().getOutputBufferSize();

    /** Where the endpoint's access log goes (docs/operations.md). */
    public static final String ACCESS_LOGGER = "ias.sparql.access";

    /** The realm of the editor's HTTP Basic credentials. */
    private static final String REALM = "ia-sante";

    private final FusekiServer server;
    private final EndpointProperties properties;
    private final EndpointMetrics metrics;
    private final int port;
    private final AtomicReference<String> examples;
    private volatile boolean running;

    private SparqlEndpoint(
            FusekiServer server,
            EndpointProperties properties,
            EndpointMetrics metrics,
            int port,
            AtomicReference<String> examples) {
        this.server = server;
        this.properties = properties;
        this.metrics = metrics;
        this.port = port;
        this.examples = examples;
    }

    /** Builds and starts the server over {@code store}. */
    public static SparqlEndpoint start(EmbeddedStore store, EndpointProperties properties) {
        return start(store, properties, ClientBudget.of(properties));
    }

    /** As {@link #start(EmbeddedStore, EndpointProperties)}, each client's share kept in {@code budget}. */
    public static SparqlEndpoint start(EmbeddedStore store, EndpointProperties properties, ClientBudget budget) {
        SparqlEndpoint endpoint = over(store, properties, budget);
        endpoint.start();
        return endpoint;
    }

    /**
     * Builds the server over {@code store} and takes its port, so its URLs are known, without
     * serving yet: {@link #start()} does (Spring calls it in its {@link #PHASE}).
     *
     * @throws UncheckedIOException when the port cannot be taken
     */
    public static SparqlEndpoint over(EmbeddedStore store, EndpointProperties properties) {
        return over(store, properties, ClientBudget.of(properties));
    }

    private static SparqlEndpoint over(EmbeddedStore store, EndpointProperties properties, ClientBudget budget) {
        refuseRemoteJsonLdContexts();
        UnreadableData.install();
        BoundedDescribe.install();
        DatasetGraph dataset = store.dataset();
        dataset.getContext()
                .set(ARQ.queryTimeout, Long.toString(properties.queryTimeout().toMillis()));

        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        ResultCache cache = new ResultCache(properties.cachedRows(), store::readVersion);
        AtomicReference<String> examples = new AtomicReference<>();
        EndpointMetrics metrics = new EndpointMetrics(store.location(), cache);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(properties.port())
                .loopback(properties.loopbackOnly())
                .enableCors(true, corsConfiguration())
                .registerOperation(Operation.Query, new BoundedQuery(properties, cache, examples::get))
                // First, so that it times the whole of each request, the answer's limit included.
                .addFilter("/" + properties.dataset() + "/*", metrics.requestTimer())
                .addFilter("/" + properties.dataset() + "/*", new MalformedParameters())
                .addFilter("/" + properties.dataset() + "/*", new ErrorMessageLength());
        if (budget.limits()) builder.addFilter("/" + properties.dataset() + "/*", budget);
        ResponseLimit answerLimit = new ResponseLimit(properties.maxResultSize().toBytes());
        for (String path : List.of("sparql", "query")) {
            builder.addFilter("/" + properties.dataset() + "/" + path, answerLimit);
        }
        if (properties.writable()) {
            AuthPolicy writers = Auth.policyAllowSpecific(properties.updateUser());
            service.addEndpoint(Operation.Update, "update", writers).addEndpoint(Operation.GSP_RW, "data", writers);
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(
                    REALM,
                    JettySecurityLib.makeUserStore(properties.updateUser(), properties.updatePassword()),
                    AuthScheme.BASIC);
            builder.registerOperation(Operation.Update, new CheckedUpdate(properties.queryTimeout()))
                    .registerOperation(Operation.GSP_RW, new CheckedGraphStore())
                    .addFilter("/" + properties.dataset() + "/data", new CreatedGraphLocation())
                    .securityHandler(security)
                    .auth(AuthScheme.BASIC);
            if (store.location() != null) {
                // Backup and compaction while serving, for the editor only (a store in memory has neither).
                MaintenanceServlet maintenance = new MaintenanceServlet(store, writers);
                for (String path : List.of(MaintenanceServlet.BACKUP, MaintenanceServlet.COMPACT)) {
                    JettySecurityLib.addPathConstraint(security, path);
                    builder.addServlet(path, maintenance);
                }
            }
        }
        FusekiServer server = builder.add(properties.dataset(), service.build()).build();
        useSmallOutputBuffers(server);
        Server jetty = server.getJettyServer();
        jetty.setHandler(new MalformedCredentials(jetty.getHandler(), REALM)); // before Jetty's authenticator
        jetty.setRequestLog(requestLog());
        return new SparqlEndpoint(server, properties, metrics, listen(jetty, properties.port()), examples);
    }

    /**
     * One line per request, whatever its answer (401 and 404 included, which never reach Fuseki's
     * own log): client, request line, status, bytes sent (headers included), milliseconds, to the logger {@value
     * #ACCESS_LOGGER}. The request line is bounded by Jetty's header size (8 KB); a query sent in a
     * body is not written here (Fuseki's own line shows its first 2 000 characters).
     */
    private static CustomRequestLog requestLog() {
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(ACCESS_LOGGER);
        return new CustomRequestLog(writer, "%{client}a \"%r\" %s %O B %{ms}T ms");
    }

    /** Binds the connector now (Jetty's start then keeps it): port 0 becomes a real port at once. */
    private static int listen(Server jetty, int port) {
        ServerConnector connector = (ServerConnector) jetty.getConnectors()[0];
        try {
            connector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The SPARQL endpoint cannot listen on port " + port + ": " + e.getMessage()
                            + ". Stop what uses it or choose another port (ias.sparql.port)",
                    e);
        }
        return connector.getLocalPort();
    }

    /**
     * Fuseki asks Jetty for a 5 MB response buffer, larger than anything Jetty's buffer pool
     * keeps: every response then allocated and zeroed a new 5 MB direct buffer, ≈ 20 ms even for
     * {@code ASK {}}. Jetty's own default size is pooled. The large buffer let an error found while
     * writing still become an HTTP error; here {@link BoundedQuery} computes the first rows before
     * the response starts, so that guarantee does not depend on the buffer.
     */
    private static void useSmallOutputBuffers(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }
    }

    /** Fuseki reads its CORS settings from a file: ours travels in the jar and is copied out once. */
    private static String corsConfiguration() {
        try (InputStream in = SparqlEndpoint.class.getResourceAsStream("/fuseki/cors.properties")) {
            Path file = Files.createTempFile("ia-sante-cors", ".properties");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CORS settings for Fuseki", e);
        }
    }

    /**
     * JSON-LD's remote {@code @context} would make the server fetch any URL a client names
     * (Titanium does by default). Uploaded JSON-LD must carry its context inline.
     */
    private static void refuseRemoteJsonLdContexts() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "This server does not fetch remote JSON-LD contexts (" + url + "); inline the @context");
        });
        ARQ.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options);
    }

    public int port() {
        return port;
    }

    /** Its requests, result cache and store size, for the site's metrics. */
    public EndpointMetrics metrics() {
        return metrics;
    }

    /** The public query endpoint, e.g. {@code http://localhost:3030/ia-sante/sparql}. */
    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    /**
     * Where the SPARQL examples of this endpoint are ({@code /.well-known/sparql-examples} on the
     * site, whose address is known once the site serves): the Service Description links to them.
     */
    public void describeExamplesAt(String url) {
        examples.set(url);
    }

    public String datasetUrl() {
        return "http://localhost:" + port() + "/" + properties.dataset();
    }

    @Override
    public synchronized void start() {
        if (running) return;
        server.start();
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running) return;
        server.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Not stopped when Spring pauses the context (as it does a cached test context another one
     * replaces): a stopped Fuseki server does not serve its datasets again once restarted.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Stops serving and gives the port back, whether or not it was ever started. */
    @Override
    public synchronized void close() {
        stop();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof NetworkConnector network) network.close();
        }
    }
}
