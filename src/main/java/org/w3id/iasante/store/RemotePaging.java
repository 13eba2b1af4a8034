package org.w3id.iasante.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * The pages of a SELECT answer an engine caps (Virtuoso's {@code ResultSetMaxRows}): the question,
 * ordered on every variable it projects unless it orders itself, becomes a sub-query, and the
 * pages are windows of it. The sub-query form matters: Virtuoso refuses a plain ORDER BY with an
 * OFFSET past its sort limit (SR353, 10 000 rows by default) but windows an ordered sub-query.
 */
final class RemotePaging {

    private final Query ordered;
    private final long offset;
    private final long limit;

    private RemotePaging(Query ordered, long offset, long limit) {
        this.ordered = ordered;
        this.offset = offset;
        this.limit = limit;
    }

    /** Paging for a SELECT query's text; its own OFFSET and LIMIT are kept as the window's bounds. */
    static RemotePaging of(String selectQuery) {
        Query query = QueryFactory.create(selectQuery);
        if (!query.isSelectType()) throw new IllegalArgumentException("only a SELECT answer can be paged");
        long offset = query.hasOffset() ? query.getOffset() : 0;
        long limit = query.hasLimit() ? query.getLimit() : Long.MAX_VALUE;
        Query inner = query.cloneQuery();
        inner.setOffset(Query.NOLIMIT);
        inner.setLimit(Query.NOLIMIT);
        if (!inner.hasOrderBy()) {
            for (Var variable : inner.getProjectVars()) inner.addOrderBy(new ExprVar(variable), Query.ORDER_ASCENDING);
        }
        return new RemotePaging(inner, offset, limit);
    }

    /** The text of the page that starts {@code start} rows into the answer and holds at most {@code size}. */
    String page(long start, int size) {
        Query page = new Query();
        page.setPrefixMapping(ordered.getPrefixMapping());
        page.setQuerySelectType();
        ordered.getProjectVars().forEach(page::addResultVar);
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(withoutPrefixes(ordered)));
        page.setQueryPattern(pattern);
        page.setOffset(offset + start);
        page.setLimit(Math.min(size, limit - start));
        return page.serialize();
    }

    /** Whether the question itself asks for at most {@code rows} rows (its LIMIT): then it was not cut. */
    static boolean asksAtMost(String query, long rows) {
        Query parsed = QueryFactory.create(query);
        return parsed.hasLimit() && parsed.getLimit() <= rows;
    }

    /** Whether rows past {@code start} may still be in the window. */
    boolean hasMoreAfter(long start) {
        return start < limit;
    }

    private static Query withoutPrefixes(Query query) {
        // A sub-query inherits the outer query's prologue; its own would not parse.
        Query copy = query.cloneQuery();
        copy.getPrefixMapping().clearNsPrefixMap();
        return copy;
    }
}
