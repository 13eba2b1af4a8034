package org.w3id.iasante.store;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.http.client.config.RequestConfig;
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

    private final RemoteStoreProperties properties;
    private final SPARQLRepository repository;
    private final CloseableHttpClient http;
    private final String versionQuery;
    private final VersionClock versions = new VersionClock();
    private String checkedTag;
    private Instant checkedAt = Instant.EPOCH;

    /** How long a remote data version is trusted before the endpoint is asked again. */
    static final Duration VERSION_CHECK = Duration.ofSeconds(30);

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

    @Override
    public ResultRows select(String query) {
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
        });
    }

    @Override
    public List<TermTriple> construct(String query) {
        return run(query, connection -> {
            var prepared = connection.prepareGraphQuery(QueryLanguage.SPARQL, query);
            limit(prepared);
            try (GraphQueryResult result = prepared.evaluate()) {
                List<TermTriple> triples = new ArrayList<>();
                result.forEach(s ->
                        triples.add(new TermTriple(term(s.getSubject()), term(s.getPredicate()), term(s.getObject()))));
                return triples;
            }
        });
    }

    /**
     * An endpoint tells nobody when its data changes, so the version is a digest of a cheap
     * question about its size and last load, asked at most every {@link #VERSION_CHECK}.
     */
    @Override
    public DataVersion dataVersion() {
        synchronized (versions) {
            if (checkedTag == null || Instant.now().isAfter(checkedAt.plus(VERSION_CHECK))) {
                checkedTag = Integer.toHexString(select(versionQuery).rows().hashCode());
                checkedAt = Instant.now();
            }
            return versions.observe(checkedTag);
        }
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

    private <T> T run(String query, Function<RepositoryConnection, T> answer) {
        // Checked here because endpoints report syntax errors in ways RDF4J cannot tell from other failures.
        try {
            QueryParserUtil.parseQuery(QueryLanguage.SPARQL, query, null);
        } catch (MalformedQueryException e) {
            throw new IllegalArgumentException("Malformed query: " + e.getMessage(), e);
        }
        try (RepositoryConnection connection = repository.getConnection()) {
            return answer.apply(connection);
        } catch (QueryInterruptedException e) {
            throw timeout(e);
        } catch (RuntimeException e) {
            if (causedBy(e, SocketTimeoutException.class) || mentionsTimeout(e)) throw timeout(e);
            if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
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

    private static boolean mentionsTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null
                    && (message.contains("timed out") || message.contains("Timeout") || message.contains("503")))
                return true;
        }
        return false;
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
