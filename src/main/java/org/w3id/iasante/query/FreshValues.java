package org.w3id.iasante.query;

import java.util.regex.Pattern;

/**
 * Whether a SPARQL query calls a function whose value changes between calls on the same data (now,
 * random numbers, fresh identifiers or blank nodes): its answer must be computed each time, never
 * replayed from a cache (the endpoint's result cache, the site's answer cache).
 */
public final class FreshValues {

    // On the text, so it also serves where the query is not parsed; a name in a string literal only
    // costs a missed cache hit, never a stale answer.
    private static final Pattern CALL =
            Pattern.compile("\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private FreshValues() {}

    public static boolean askedBy(String sparql) {
        return CALL.matcher(sparql).find();
    }
}
