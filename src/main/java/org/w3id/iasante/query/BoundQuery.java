package org.w3id.iasante.query;

import org.apache.jena.query.Query;

/**
 * A catalogue query with its parameters bound, as its text and as the syntax tree it was written
 * from. A remote engine is sent the text, and answers are kept under it; the embedded store
 * evaluates the tree, which spares it parsing the text again: that parse took an eighth of the
 * server's time in a walk of the site, which asks several questions per page.
 *
 * @param text the query as SPARQL
 * @param syntax the same query parsed, owned by this value (not shared with another request)
 */
public record BoundQuery(String text, Query syntax) {

    /** {@code query} with its text written out; the value takes {@code query} over. */
    public static BoundQuery of(Query query) {
        return new BoundQuery(query.serialize(), query);
    }
}
