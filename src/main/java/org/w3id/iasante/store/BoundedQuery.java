package org.w3id.iasante.store;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's query operation with a cap on result size, which stock Fuseki does not enforce. Up to
 * {@value #COMPUTED_AHEAD} rows are computed before the response starts, so an overrun there — of
 * rows or of the timeout — ends with an HTTP error that says so, never with a truncated 200.
 * Complete answers computed that way are kept in a {@link ResultCache}.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    /** HTTP status for a result over the cap: the request is understood but will not be served. */
    static final int TOO_LARGE = 422;

    /** Aborts a query that outlives its timeout by this much: some query shapes ignore Jena's own timeout. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ias-query-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** How many rows are computed before the response starts (when the cap allows that many). */
    static final int COMPUTED_AHEAD = 10_000;

    private final long maxRows;
    private final Duration timeout;
    private final ResultCache cache;

    BoundedQuery(long maxRows, Duration timeout, ResultCache cache) {
        this.maxRows = maxRows;
        this.timeout = timeout;
        this.cache = cache;
    }

    /** A GET without a query asks what the service is: answer with its SPARQL 1.1 Service Description. */
    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter("query") != null) {
            super.execGet(action);
            return;
        }
        String accept = action.getRequestHeader("Accept");
        Lang lang = Lang.TURTLE;
        for (Lang candidate : List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES)) {
            if (accept != null && accept.contains(candidate.getContentType().getContentTypeStr())) {
                lang = candidate;
                break;
            }
        }
        byte[] body =
                ServiceDescription.write(action.getRequest().getRequestURL().toString(), action.getDataset(), lang);
        HttpServletResponse response = action.getResponse();
        response.setStatus(200);
        response.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected QueryExecResult executeQuery(
            HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        boolean datasetFromRequest = action.getRequestParameter("default-graph-uri") != null
                || action.getRequestParameter("named-graph-uri") != null;
        Optional<String> key = cache.key(requestQuery, datasetFromRequest);
        Optional<ResultCache.Answer> kept = key.flatMap(cache::get);
        if (kept.isPresent()) return kept.get().result();
        ScheduledFuture<?> guard =
                WATCHDOG.schedule(queryExec::abort, timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        try {
            return boundedResult(
                    action,
                    queryExec,
                    requestQuery,
                    queryStringLog,
                    answer -> key.ifPresent(k -> cache.put(k, answer)));
        } finally {
            guard.cancel(false);
        }
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
                    return rows.hasNext();
                }

                @Override
                public Binding next() {
                    if (++sent > maxRows) throw new QueryCancelledException();
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
        ServletOps.error(
                TOO_LARGE,
                "The result has more than " + maxRows + " " + what + ", this endpoint's limit."
                        + " Narrow the query or page through it with LIMIT and OFFSET (at most " + maxRows
                        + " per request).");
    }
}
