package org.w3id.iasante.store;

import java.util.List;
import org.w3id.iasante.query.BoundQuery;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.TermTriple;

/**
 * The one interface in front of the graph, embedded or remote. Every call is one whole SPARQL
 * request whose default graph is the union of the named graphs; answers are plain values, so
 * nothing of Jena's or RDF4J's leaks to the callers.
 *
 * @see EmbeddedStore the embedded TDB2 store (Jena)
 * @see RemoteStore any SPARQL 1.1 endpoint (RDF4J's SPARQLRepository)
 */
public interface GraphStore extends AutoCloseable {

    /**
     * @throws QueryTimeoutException when the query runs past the store's timeout
     * @throws GraphUnavailableException when the store cannot be reached
     */
    ResultRows select(String query);

    boolean ask(String query);

    /** The triples a CONSTRUCT or DESCRIBE query builds. */
    List<TermTriple> construct(String query);

    /** As {@link #select(String)}; a store that parses queries itself may evaluate the bound syntax tree. */
    default ResultRows select(BoundQuery query) {
        return select(query.text());
    }

    /** As {@link #ask(String)}, for a bound query. */
    default boolean ask(BoundQuery query) {
        return ask(query.text());
    }

    /** As {@link #construct(String)}, for a bound query. */
    default List<TermTriple> construct(BoundQuery query) {
        return construct(query.text());
    }

    /**
     * A tag that changes whenever the data may have changed, and the time it last changed: what
     * HTTP caches revalidate against ({@code ETag}, {@code Last-Modified}).
     */
    DataVersion dataVersion();

    /** Where the store is, for people: a folder or an endpoint URL. */
    String describe();

    @Override
    void close();
}
