package org.w3id.iasante.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts.Timeout;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Fuseki's query operation with every step bounded, which stock Fuseki does not do. Before parsing:
 * the text's size (413) and shape ({@link QueryShape}: nesting, list length; 400). While planning
 * and running: the timeout, kept by a watchdog of ours that aborts the query — never by Jena's own
 * timer, whose single thread waits on a lock a query holds while it is planned, so that one slow
 * plan stopped every other query's timeout — and regular expressions that give up at the deadline
 * ({@link BoundedRegex}). The answer: a cap on rows here, on bytes in {@link ResponseLimit}. Up to
 * {@value #COMPUTED_AHEAD} rows are computed before the response starts, so an overrun there — of
 * rows or of the timeout — ends with an HTTP error that says so, never with a truncated 200.
 * Complete answers computed that way are kept in a {@link ResultCache}.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    /** HTTP status for a result over the cap: the request is understood but will not be served. */
    static final int TOO_LARGE = 422;

    /** HTTP status for a query text over the size limit. */
    static final int QUERY_TOO_LONG = 413;

    /** At most this many terms in one list ({@code IN}, a function's arguments): Jena plans them in quadratic time. */
    static final int MAX_LIST_TERMS = 10_000;

    /** At most this many {@code EXISTS} inside one another: Jena plans them in exponential time. */
    static final int MAX_EXISTS_NESTING = 8;

    private static final String PARSE_BASE = Fuseki.BaseParserSPARQL;

    /** At most this much of a body over the limit is read, to be dropped, before the 413. */
    private static final long DRAINED_BYTES = 8L * 1024 * 1024;

    /** Longest part of a query written to the log. */
    private static final int LOGGED_CHARACTERS = 2_000;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ias-query-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** Aborts run here, never on the watchdog's thread: an abort waits while Jena is still planning the query. */
    private static final ExecutorService ABORTS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "ias-query-abort");
        thread.setDaemon(true);
        return thread;
    });

    /** How many rows are computed before the response starts (when the cap allows that many). */
    static final int COMPUTED_AHEAD = 10_000;

    private final long maxRows;
    private final Duration timeout;
    private final long maxQueryBytes;
    private final int maxNesting;
    private final ResultCache cache;
    private final Supplier<String> examples;

    /** {@code examples}: the address of the endpoint's SPARQL examples, or null while unknown. */
    BoundedQuery(EndpointProperties properties, ResultCache cache, Supplier<String> examples) {
        this.maxRows = properties.maxRows();
        this.timeout = properties.queryTimeout();
        this.maxQueryBytes = properties.maxQuerySize().toBytes();
        this.maxNesting = properties.maxNesting();
        this.cache = cache;
        this.examples = examples;
    }

    /** A GET without a query asks what the service is: answer with its SPARQL 1.1 Service Description. */
    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter("update") != null || action.getRequestParameter("request") != null) {
            ServletOps.errorBadRequest("This endpoint answers queries only. Send a SPARQL Update with POST to "
                    + action.getDatasetName() + "/update, with the editor's credentials.");
        }
        if (action.getRequestParameter("query") != null) {
            super.execGet(action);
            return;
        }
        ServiceDescription.answer(action, examples.get());
    }

    /** A form is read whole before any parameter can be looked at: its size is checked first (URL-encoding at most triples it). */
    @Override
    public void validate(HttpAction action) {
        String type = action.getRequestContentType();
        if (type != null
                && type.startsWith(WebContent.contentTypeHTMLForm)
                && action.getRequestContentLengthLong() > 3 * maxQueryBytes + 1024) {
            refuseUnread(action);
        }
        super.validate(action);
    }

    @Override
    protected void executeWithParameter(HttpAction action) {
        String text = action.getRequestParameter("query");
        if (text != null && text.length() > maxQueryBytes) queryTooLong();
        execute(text, action);
    }

    /** The body is read up to the limit, never whole: a query over it is refused unread. */
    @Override
    protected void executeBody(HttpAction action) {
        if (action.getRequestContentLengthLong() > maxQueryBytes) refuseUnread(action);
        byte[] bytes;
        try {
            bytes = action.getRequestInputStream()
                    .readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxQueryBytes + 1));
        } catch (IOException e) {
            ServletOps.errorBadRequest("The query could not be read: " + e.getMessage());
            return;
        }
        if (bytes.length > maxQueryBytes) refuseUnread(action);
        execute(new String(bytes, UTF_8), action);
    }

    /**
     * Answers 413 for a body over the limit, after reading (and dropping) what is left of it up to
     * {@value #DRAINED_BYTES} bytes: a client still sending when the connection closes may not
     * read the answer. A longer body is not read; the connection then closes.
     */
    private void refuseUnread(HttpAction action) {
        try {
            InputStream in = action.getRequestInputStream();
            byte[] dropped = new byte[64 * 1024];
            long left = DRAINED_BYTES;
            for (int read; left > 0 && (read = in.read(dropped)) >= 0; ) left -= read;
        } catch (IOException | RuntimeException e) {
            // The client went away or the body ends early: nothing more to drop.
        }
        queryTooLong();
    }

    /**
     * Fuseki's query lifecycle, with the bounds: the text's size and shape before parsing, a
     * stack overflow while parsing, planning or running it answered as a query too deeply nested,
     * and the whole of the execution and writing under the watchdog.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("No query: send it as the query parameter, or as the body of a POST"
                    + " with Content-Type application/sparql-query.");
        }
        if (queryString.length() > maxQueryBytes && queryString.getBytes(UTF_8).length > maxQueryBytes) {
            queryTooLong();
        }
        refuseShape(QueryShape.of(queryString));
        action.log.info(String.format("[%d] Query = %s", action.id, forLog(queryString)));
        Query query = parse(queryString);
        validateQuery(action, query);

        Duration limit = timeout(action);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, forLog(queryString));
            Query toRun = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = boundedExec(action, toRun, chosen.getLeft(), limit)) {
                // Aborting sets the query's cancel signal at once, and the bounded regular expressions
                // watch it; the abort itself then waits until Jena has finished planning.
                ScheduledFuture<?> guard =
                        WATCHDOG.schedule(() -> ABORTS.execute(exec::abort), limit.toMillis(), TimeUnit.MILLISECONDS);
                abortWhenTheExchangeFails(action, exec);
                try {
                    QueryExecResult result = executeQuery(action, exec, query, forLog(queryString));
                    sendResults(action, result, query.getPrologue());
                } finally {
                    guard.cancel(false);
                }
            }
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } catch (StackOverflowError e) {
            action.abortSilent();
            tooDeep();
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
        } finally {
            action.endRead();
        }
    }

    /**
     * Jetty reports a failed exchange — the server stopping, an HTTP/2 stream reset — to listeners:
     * the query then stops. (A client that closes an HTTP/1.1 connection is noticed only when the
     * answer is written to it; until then the query's own deadline bounds the work.)
     */
    private static void abortWhenTheExchangeFails(HttpAction action, QueryExec exec) {
        ServletContextRequest exchange = ServletContextRequest.getServletContextRequest(action.getRequest());
        if (exchange != null) exchange.addFailureListener(failure -> ABORTS.execute(exec::abort));
    }

    /** Jena compiles a constant REGEX pattern while parsing, and its message names Java's exception. */
    static String plainMessage(String message) {
        return message.replace(
                "Regex pattern exception: java.util.regex.PatternSyntaxException: ", "Not a regular expression: ");
    }

    private Query parse(String queryString) {
        try {
            return QueryFactory.create(queryString, PARSE_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // Jena's parser turns an overflow of its stack into a parse error.
            if (e.getCause() instanceof StackOverflowError) tooDeep();
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            ServletOps.errorBadRequest(plainMessage(SPARQLProtocol.messageForException(e)));
        } catch (StackOverflowError e) {
            tooDeep();
        }
        throw new IllegalStateException("unreachable: ServletOps.errorBadRequest throws");
    }

    /**
     * A query execution timed by our watchdog only: Jena's timer is switched off for it. Its
     * deadline goes in the context, for the bounded regular expressions to watch.
     */
    private QueryExec boundedExec(HttpAction action, Query query, DatasetGraph dataset, Duration limit) {
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                .set(ARQ.queryTimeout, Timeout.UNSET)
                .set(BoundedRegex.DEADLINE, System.nanoTime() + limit.toNanos())
                .set(ARQConstants.sysOptimizerFactory, BoundedRegex.optimizer())
                .set(ARQConstants.registryFunctions, BoundedRegex.functions())
                .set(ARQConstants.registryPropertyFunctions, BoundedRegex.propertyFunctions())
                .build();
    }

    /** The endpoint's timeout, or the shorter one a client asks for with {@code timeout} (in seconds). */
    private Duration timeout(HttpAction action) {
        String asked = action.getRequestParameter("timeout");
        if (asked == null) return timeout;
        try {
            double seconds = Double.parseDouble(asked.trim());
            if (seconds > 0 && seconds * 1000 < timeout.toMillis()) return Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException e) {
            // Not a number of seconds: the endpoint's own timeout applies.
        }
        return timeout;
    }

    private void refuseShape(QueryShape shape) {
        if (shape.depth() > maxNesting) tooDeep();
        if (shape.existsDepth() > MAX_EXISTS_NESTING) {
            ServletOps.errorBadRequest("query too deeply nested (limit " + MAX_EXISTS_NESTING
                    + " EXISTS or NOT EXISTS inside one another): it has " + shape.existsDepth()
                    + ". Flatten the conditions, e.g. join the patterns inside one EXISTS.");
        }
        if (shape.longestList() > MAX_LIST_TERMS) {
            ServletOps.errorBadRequest("A list in the query has " + shape.longestList() + " terms (limit "
                    + MAX_LIST_TERMS + " in one IN list or function call). For many values, write"
                    + " VALUES ?x { ... } instead of FILTER(?x IN (...)).");
        }
    }

    private void tooDeep() {
        ServletOps.errorBadRequest("query too deeply nested (limit " + maxNesting + "): its nested groups,"
                + " sub-queries and brackets, and its chains of UNION, OPTIONAL, ||, &&, +, or path steps add up"
                + " to more levels than that. Split it into smaller queries, or list values with VALUES.");
    }

    private void queryTooLong() {
        ServletOps.error(
                QUERY_TOO_LONG,
                "The query is longer than " + maxQueryBytes + " bytes, this endpoint's limit. Shorten it: long"
                        + " literals and long lists of values do not belong in a query sent to a public endpoint.");
    }

    private static String forLog(String queryString) {
        String flat = ServletOps.formatForLog(
                queryString.length() > LOGGED_CHARACTERS ? queryString.substring(0, LOGGED_CHARACTERS) : queryString);
        return queryString.length() > LOGGED_CHARACTERS ? flat + " … (" + queryString.length() + " characters)" : flat;
    }

    @Override
    protected QueryExecResult executeQuery(
            HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        boolean datasetFromRequest = action.getRequestParameter("default-graph-uri") != null
                || action.getRequestParameter("named-graph-uri") != null;
        Optional<String> key = cache.key(requestQuery, datasetFromRequest);
        Optional<ResultCache.Answer> kept = key.flatMap(cache::get);
        if (kept.isPresent()) return kept.get().result();
        return boundedResult(
                action, queryExec, requestQuery, queryStringLog, answer -> key.ifPresent(k -> cache.put(k, answer)));
    }

    /** Runs the query within the bounds; a complete answer small enough to be computed ahead goes to {@code keep}. */
    private QueryExecResult boundedResult(
            HttpAction action,
            QueryExec queryExec,
            Query requestQuery,
            String queryStringLog,
            Consumer<ResultCache.Answer> keep) {
        if (requestQuery.isSelectType()) {
            RowSet rows = queryExec.select();
            // The first rows are computed before the response starts, so an overrun or a timeout
            // there is a clean HTTP error; with the cap at its default that is the whole result.
            int ahead = (int) Math.min(maxRows, COMPUTED_AHEAD) + 1;
            List<Binding> head = new ArrayList<>();
            // Copied: the store's bindings resolve their nodes lazily, within this request's transaction only.
            while (head.size() < ahead && rows.hasNext()) head.add(BindingFactory.copy(rows.next()));
            if (head.size() > maxRows) tooLarge("rows");
            if (!rows.hasNext()) {
                ResultCache.Rows answer = new ResultCache.Rows(rows.getResultVars(), List.copyOf(head));
                keep.accept(answer);
                return answer.result();
            }
            // A cap raised above that: the rest streams, and an overrun ends the stream.
            Iterator<Binding> rest = new Iterator<>() {
                private long sent = head.size();

                @Override
                public boolean hasNext() {
                    try {
                        return rows.hasNext();
                    } catch (QueryCancelledException e) {
                        ResponseLimit.fail(action.getRequest(), 503, "Query timed out");
                        throw e;
                    }
                }

                @Override
                public Binding next() {
                    if (++sent > maxRows) {
                        ResponseLimit.fail(action.getRequest(), TOO_LARGE, rowsOverCap("rows"));
                        throw new QueryCancelledException();
                    }
                    return rows.next();
                }
            };
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), Iter.concat(head.iterator(), rest)));
        }
        if (requestQuery.isConstructType()) {
            DatasetGraph quads = queryExec.constructDataset();
            long size =
                    quads.stream().limit(Math.max(maxRows, COMPUTED_AHEAD) + 1).count();
            if (size > maxRows) tooLarge("triples");
            if (size <= COMPUTED_AHEAD) keep.accept(ResultCache.Quads.of(quads));
            return new QueryExecResult(quads);
        }
        if (requestQuery.isDescribeType()) {
            Graph graph = queryExec.describe();
            if (graph.size() > maxRows) tooLarge("triples");
            if (graph.size() <= COMPUTED_AHEAD) keep.accept(ResultCache.Triples.of(graph));
            return new QueryExecResult(graph);
        }
        if (requestQuery.isAskType()) {
            ResultCache.Truth answer = new ResultCache.Truth(queryExec.ask());
            keep.accept(answer);
            return answer.result();
        }
        return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }

    private void tooLarge(String what) {
        ServletOps.error(TOO_LARGE, rowsOverCap(what));
    }

    private String rowsOverCap(String what) {
        return "The result has more than " + maxRows + " " + what + ", this endpoint's limit."
                + " Narrow the query or page through it with LIMIT and OFFSET (at most " + maxRows
                + " per request).";
    }
}
