package org.w3id.iasante.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.Operation;
import org.eclipse.rdf4j.query.QueryInterruptedException;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.parser.QueryParserUtil;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.query.QueryCatalogue;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;

/** Any SPARQL 1.1 endpoint, through RDF4J's {@link SPARQLRepository}. */
public final class RemoteStore implements GraphStore {

    /** The header Virtuoso adds to an answer that reached its {@code ResultSetMaxRows}. */
    static final String CAP_HEADER = "X-SPARQL-MaxRows";

    /** Whether the engine flagged the answer being read on this thread as capped. */
    private static final ThreadLocal<Boolean> CAPPED = ThreadLocal.withInitial(() -> false);

    private final RemoteStoreProperties properties;
    private final SPARQLRepository repository;
    private final CloseableHttpClient http;
    private final String versionQuery;
    private final VersionClock versions = new VersionClock();
    private String checkedTag;
    private Instant checkedAt = Instant.EPOCH;

    private RemoteStore(RemoteStoreProperties properties, SPARQLRepository repository, CloseableHttpClient http) {
        this.properties = properties;
        this.repository = repository;
        this.http = http;
        this.versionQuery = QueryCatalogue.loadSystem(KnowledgeLocation.classpath())
                .get("select-data-version")
                .text();
    }

    public static RemoteStore connect(RemoteStoreProperties properties) {
        if (properties.queryEndpoint() == null) {
            throw new IllegalArgumentException(
                    "The remote store needs ias.remote.query-endpoint (IAS_REMOTE_QUERY_ENDPOINT),"
                            + " e.g. http://localhost:8890/sparql for Virtuoso");
        }
        // A read timeout a little past the query timeout: a hung endpoint cannot hang its callers.
        int readTimeout = (int) properties.queryTimeout().plusSeconds(5).toMillis();
        CloseableHttpClient http = HttpClients.custom()
                // Virtuoso says so when it cut an answer at ResultSetMaxRows; the call runs on the caller's thread.
                .addInterceptorLast((HttpResponseInterceptor) (response, context) -> {
                    if (response.containsHeader(CAP_HEADER)) CAPPED.set(true);
                })
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout((int) properties.connectTimeout().toMillis())
                        .setSocketTimeout(readTimeout)
                        .build())
                .build();
        SPARQLRepository repository =
                new SPARQLRepository(properties.queryEndpoint().toString());
        repository.setHttpClient(http);
        if (properties.user() != null) repository.setUsernameAndPassword(properties.user(), properties.password());
        repository.init();
        return new RemoteStore(properties, repository, http);
    }

    /**
     * The whole answer: one that reaches the engine's row cap is fetched again in pages of that
     * size, in an order on every projected variable, until a page comes back short.
     */
    @Override
    public ResultRows select(String query) {
        Answer<ResultRows> first = selectOnce(query);
        if (!mayBeCut(first.capped(), first.value().rows().size(), query)) return first.value();
        RemotePaging paging = RemotePaging.of(query);
        int size = properties.engineRowCap() > 0
                ? properties.engineRowCap()
                : first.value().rows().size();
        List<Map<String, Term>> rows = new ArrayList<>();
        long start = 0;
        while (paging.hasMoreAfter(start)) {
            List<Map<String, Term>> page =
                    selectOnce(paging.page(start, size)).value().rows();
            rows.addAll(page);
            if (rows.size() > properties.maxPagedRows()) throw tooLarge(rows.size());
            if (page.size() < size) break;
            start += size;
        }
        return new ResultRows(first.value().variables(), rows);
    }

    private Answer<ResultRows> selectOnce(String query) {
        return run(query, connection -> {
            var prepared = connection.prepareTupleQuery(QueryLanguage.SPARQL, query);
            limit(prepared);
            try (TupleQueryResult result = prepared.evaluate()) {
                List<String> variables = result.getBindingNames();
                List<Map<String, Term>> rows = new ArrayList<>();
                result.forEach(set -> {
                    Map<String, Term> row = new HashMap<>();
                    set.forEach(binding -> row.put(binding.getName(), term(binding.getValue())));
                    rows.add(row);
                });
                return new ResultRows(variables, rows);
            }
        });
    }

    @Override
    public boolean ask(String query) {
        return run(query, connection -> {
                    var prepared = connection.prepareBooleanQuery(QueryLanguage.SPARQL, query);
                    limit(prepared);
                    return prepared.evaluate();
                })
                .value();
    }

    /**
     * The whole graph: one that reaches the engine's row cap is built here instead, from the
     * solutions of its pattern fetched page by page (a DESCRIBE cannot be, and is refused).
     */
    @Override
    public List<TermTriple> construct(String query) {
        Answer<List<TermTriple>> first = run(query, connection -> {
            var prepared = connection.prepareGraphQuery(QueryLanguage.SPARQL, query);
            limit(prepared);
            try (GraphQueryResult result = prepared.evaluate()) {
                List<TermTriple> triples = new ArrayList<>();
                result.forEach(s ->
                        triples.add(new TermTriple(term(s.getSubject()), term(s.getPredicate()), term(s.getObject()))));
                return triples;
            }
        });
        if (!mayBeCut(first.capped(), first.value().size(), query)) return first.value();
        RemoteConstruct built = RemoteConstruct.of(query)
                .orElseThrow(() -> new IncompleteAnswerException(describe()
                        + " cut a DESCRIBE answer at " + first.value().size()
                        + " triples, which cannot be fetched page by page: raise the engine's row cap"
                        + " (Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"));
        return built.triples(select(built.solutions()));
    }

    /**
     * An endpoint tells nobody when its data changes, so the version is a SHA-256 digest of the
     * answer to a question about its content (how many triples, a checksum of every triple, the
     * last load), asked at most every {@link RemoteStoreProperties#versionCheck()}: an update
     * that keeps the number of triples changes the checksum all the same.
     */
    @Override
    public DataVersion dataVersion() {
        synchronized (versions) {
            if (checkedTag == null || !Instant.now().isBefore(checkedAt.plus(properties.versionCheck()))) {
                checkedTag = digest(select(versionQuery));
                checkedAt = Instant.now();
            }
            return versions.observe(checkedTag);
        }
    }

    private static String digest(ResultRows answer) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Map<String, Term> row : answer.rows()) {
            for (String variable : answer.variables()) {
                Term value = row.get(variable);
                sha256.update((variable + "=" + (value == null ? "" : value.value()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        // 128 bits: an opaque tag, safe in an ETag.
        return HexFormat.of().formatHex(sha256.digest(), 0, 16);
    }

    @Override
    public String describe() {
        return "the SPARQL endpoint " + properties.queryEndpoint();
    }

    @Override
    public void close() {
        repository.shutDown();
        try {
            http.close();
        } catch (java.io.IOException ignored) {
            // Closing idle connections: nothing to tell the caller.
        }
    }

    private void limit(Operation operation) {
        operation.setMaxExecutionTime(
                (int) Math.max(1, properties.queryTimeout().toSeconds()));
    }

    /** An answer, and whether the engine flagged it as cut at its row cap. */
    private record Answer<T>(T value, boolean capped) {}

    /**
     * Whether an answer of {@code size} may have been cut by the engine: the engine said so, or it
     * holds exactly the configured cap, while the question itself asked for more.
     */
    private boolean mayBeCut(boolean flagged, int size, String query) {
        int cap = properties.engineRowCap();
        if (!flagged && (cap == 0 || size < cap)) return false;
        return !RemotePaging.asksAtMost(query, size);
    }

    private IncompleteAnswerException tooLarge(int rows) {
        return new IncompleteAnswerException("The answer from " + describe() + " has more than "
                + properties.maxPagedRows() + " rows (read " + rows
                + "): ask a narrower question, or raise ias.remote.max-paged-rows");
    }

    private <T> Answer<T> run(String query, Function<RepositoryConnection, T> answer) {
        // Checked here because endpoints report syntax errors in ways RDF4J cannot tell from other failures.
        try {
            QueryParserUtil.parseQuery(QueryLanguage.SPARQL, query, null);
        } catch (MalformedQueryException e) {
            throw new IllegalArgumentException("Malformed query: " + e.getMessage(), e);
        }
        CAPPED.set(false);
        try (RepositoryConnection connection = repository.getConnection()) {
            T value = answer.apply(connection);
            return new Answer<>(value, CAPPED.get());
        } catch (RuntimeException e) {
            // RDF4J reports an HTTP 503 (how Fuseki ends a query past its timeout) as QueryInterruptedException.
            if (causedBy(e, QueryInterruptedException.class) || causedBy(e, SocketTimeoutException.class))
                throw timeout(e);
            if (causedBy(e, ConnectException.class)
                    || causedBy(e, UnknownHostException.class)
                    || causedBy(e, NoRouteToHostException.class)
                    || causedBy(e, ConnectTimeoutException.class)) {
                throw new GraphUnavailableException(
                        "Cannot reach " + describe() + ": " + rootMessage(e)
                                + ". Check that the engine runs and ias.remote.query-endpoint is right.",
                        e);
            }
            throw new GraphUnavailableException(describe() + " failed to answer: " + rootMessage(e), e);
        }
    }

    private QueryTimeoutException timeout(RuntimeException e) {
        return new QueryTimeoutException(
                "The query ran past " + properties.queryTimeout().toSeconds() + " s at " + describe(), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static Term term(Value value) {
        if (value instanceof IRI iri) return Term.iri(iri.stringValue());
        if (value instanceof BNode bnode) return Term.blank(bnode.getID());
        Literal literal = (Literal) value;
        return literal.getLanguage()
                .map(language -> Term.text(literal.getLabel(), language))
                .orElseGet(() ->
                        Term.literal(literal.getLabel(), literal.getDatatype().stringValue()));
    }
}
