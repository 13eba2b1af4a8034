package org.w3id.iasante.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.Unstable;

/**
 * Whether a SPARQL query calls a function whose value changes between calls on the same data (now,
 * random numbers, fresh identifiers or blank nodes): its answer must be computed each time, never
 * replayed from a cache (the endpoint's result cache, the site's answer cache).
 */
public final class FreshValues {

    private FreshValues() {}

    /**
     * Whether the query text calls NOW, RAND, UUID, STRUUID or BNODE anywhere (also in sub-queries,
     * EXISTS, BIND, ORDER BY or aggregates). Text that does not parse counts as fresh: nothing is kept
     * of an answer that is an error anyway.
     */
    public static boolean askedBy(String sparql) {
        Query query;
        try {
            query = QueryFactory.create(sparql, Syntax.syntaxARQ);
        } catch (QueryException | StackOverflowError e) {
            // A nesting too deep for the parser is refused by the endpoint's own bounds; never cache it.
            return true;
        }
        return askedBy(query);
    }

    /** Whether the parsed query calls one of those functions. */
    public static boolean askedBy(Query query) {
        Caller caller = new Caller();
        // The algebra holds every expression of the query in one tree (sub-queries are inlined), and the
        // walker enters the patterns of EXISTS and NOT EXISTS; it leaves out sort keys and aggregates.
        Walker.walk(
                Algebra.compile(query),
                new OpVisitorBase() {
                    @Override
                    public void visit(OpOrder order) {
                        order.getConditions().forEach(c -> Walker.walk(c.getExpression(), caller));
                    }

                    @Override
                    public void visit(OpGroup group) {
                        group.getAggregators()
                                .forEach(a -> Walker.walk(a.getAggregator().getExprList(), caller));
                    }
                },
                caller);
        return caller.found;
    }

    /** Notes a call to a function whose value changes from one call to the next. */
    private static final class Caller extends ExprVisitorBase {

        private boolean found;

        @Override
        public void visit(ExprFunction0 function) {
            note(function);
        }

        @Override
        public void visit(ExprFunction1 function) {
            note(function);
        }

        // Jena marks RAND, UUID, STRUUID and BNODE as Unstable; NOW is one value within an execution, yet
        // another at the next one.
        private void note(Expr function) {
            found |= function instanceof Unstable || function instanceof E_Now;
        }
    }
}
