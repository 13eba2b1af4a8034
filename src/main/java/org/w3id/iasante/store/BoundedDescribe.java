package org.w3id.iasante.store;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.describe.DescribeBNodeClosure;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's {@code DESCRIBE} (each resource with its blank-node closure) stopping at its query's
 * deadline or cancellation. Jena describes the resources its pattern found one after the other
 * after the pattern has run, looking at no timeout: {@code DESCRIBE ?s { ?s ?p ?o }} ran past the
 * endpoint's timeout for as long as the store took to describe every subject.
 */
final class BoundedDescribe implements DescribeHandler {

    private final DescribeHandler closure = new DescribeBNodeClosure();
    private BoundedRegex.Budget budget;

    private BoundedDescribe() {}

    /** Makes this Jena's only describe handler (the registry is the JVM's). */
    static synchronized void install() {
        DescribeHandlerRegistry registry = DescribeHandlerRegistry.get();
        registry.clear();
        registry.add(BoundedDescribe::new);
    }

    @Override
    public void start(Model accumulateResultModel, Context context) {
        budget = BoundedRegex.Budget.of(context);
        closure.start(accumulateResultModel, context);
    }

    @Override
    public void describe(Resource resource) {
        budget.check();
        closure.describe(resource);
    }

    @Override
    public void finish() {
        closure.finish();
    }
}
