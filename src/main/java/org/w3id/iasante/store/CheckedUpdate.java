package org.w3id.iasante.store;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update, with the request parsed and checked before anything runs: a request the
 * protocol forbids ({@code using-graph-uri} beside {@code USING} or {@code WITH}) or that writes
 * relative IRIs ({@link RelativeIris}) is a 400 with the reason, and so is one that writes into a
 * graph named by a blank node, found as each quad is written ({@link CheckedDataset}: the graph
 * may come from the {@code WHERE}). Fuseki parsed while executing, and answered the first
 * with a 500; here the request parsed is the one applied. {@code LOAD} is refused too: it makes the
 * server fetch a URL the client names — a loopback or private address, or a {@code file:} on the
 * machine — and an editor is not the machine's administrator; data comes in through the Graph
 * Store Protocol.
 */
final class CheckedUpdate extends SPARQL_Update {

    private static final String PARSE_BASE = Fuseki.BaseParserSPARQL;
    private static final RelativeIris RELATIVE = new RelativeIris(PARSE_BASE, PARSE_BASE);

    private final Duration timeout;

    /** @param timeout how long an update's {@code WHERE} may run, as a query may */
    CheckedUpdate(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] text;
        try {
            text = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("The update could not be read: " + e.getMessage());
            return;
        }
        UpdateRequest request = parse(action, text);
        if (request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            ServletOps.errorBadRequest("LOAD is not allowed here: this server fetches nothing a request names."
                    + " Send the data itself, with PUT or POST to the Graph Store endpoint (/data?graph=IRI).");
        }
        String relative = RELATIVE.in(request);
        if (relative != null) ServletOps.errorBadRequest(RELATIVE.message(relative));
        apply(action, request);
    }

    /**
     * Runs the checked request in one write transaction. A request the store cannot apply as asked
     * ({@code ADD} from a graph it does not hold, a {@code SERVICE} in a {@code WHERE}) is the
     * client's to change: 400 with the reason, where Fuseki answered 500. Fuseki parsed the text again.
     * Its {@code WHERE} is bounded as a query is, regular expressions included ({@link BoundedRegex}):
     * it ran unbounded, holding the store's one writer ({@code REGEX("aaa…", "(.*a){30}")}: minutes).
     */
    private void apply(HttpAction action, UpdateRequest request) {
        action.beginWrite();
        try {
            // Checked as it is written too: a template's graph or IRI may come from its WHERE (BIND(BNODE() AS ?g)).
            UpdateExec.dataset(new CheckedDataset(action.getActiveDSG(), RELATIVE))
                    .update(request)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .set(BoundedRegex.DEADLINE, System.nanoTime() + timeout.toNanos())
                    .set(ARQConstants.sysOptimizerFactory, BoundedRegex.optimizer())
                    .set(ARQConstants.registryFunctions, BoundedRegex.functions())
                    .set(ARQConstants.registryPropertyFunctions, BoundedRegex.propertyFunctions())
                    .execute();
            action.commit();
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ServletOps.error(
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Update timed out: its WHERE ran past this endpoint's limit of " + timeout.toMillis()
                            + " ms, and nothing was written.");
        } catch (UpdateException | QueryExecException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("The update was not applied: " + e.getMessage());
        } catch (RiotException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(e.getMessage());
        } catch (RuntimeException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endWrite();
        }
    }

    private static UpdateRequest parse(HttpAction action, byte[] text) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequest().getParameterValues("using-graph-uri");
        String[] namedGraphs = action.getRequest().getParameterValues("using-named-graph-uri");
        if (graphs != null) for (String graph : graphs) using.addUsing(NodeFactory.createURI(graph));
        if (namedGraphs != null) for (String graph : namedGraphs) using.addUsingNamed(NodeFactory.createURI(graph));
        try {
            return UpdateFactory.read(using, new ByteArrayInputStream(text), PARSE_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        } catch (QueryException | UpdateException e) {
            ServletOps.errorBadRequest(BoundedQuery.plainMessage(e.getMessage()));
        }
        throw new IllegalStateException("unreachable: ServletOps.errorBadRequest throws");
    }
}
