package org.w3id.iasante.store;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.w3id.iasante.query.FreshValues;
import org.w3id.iasante.query.ResultRows;

/**
 * The answers {@link EmbeddedStore} gives its in-process readers (the site, the JSON API), kept
 * per data version: a resource's page in two languages and its four RDF documents ask the same
 * questions, which are then evaluated once. As in the endpoint's {@link ResultCache}, the key
 * holds the data version the answer was computed on, so any write makes new keys; answers are
 * plain immutable values, bounded in rows and triples in all; a query asking for fresh values
 * (NOW, RAND, UUID, STRUUID, BNODE) is never kept; nothing is kept when a query fails. Two readers
 * asking at once both evaluate, rather than one waiting inside the cache on the other's query.
 */
final class AnswerCache {

    /** The largest answer kept, in rows or triples: a bigger one is not worth its room. */
    static final int LARGEST_KEPT = 10_000;

    private final Cache<String, Object> answers;

    /** @param maxSize rows and triples kept in all, 0 to keep nothing */
    AnswerCache(long maxSize) {
        this.answers = WeighedCache.of(maxSize, AnswerCache::size);
    }

    /** What was kept for {@code query} on the data of {@code version}, if anything. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> kept(String version, String query) {
        return answers == null ? Optional.empty() : Optional.ofNullable((T) answers.getIfPresent(key(version, query)));
    }

    /**
     * Keeps the answer to {@code parsed} (the query whose text is {@code query}), unless it asks for
     * fresh values or is too large. Looking up comes first and parses nothing; only a query that was
     * evaluated is looked at, once parsed.
     */
    void keep(String version, String query, Query parsed, Object answer) {
        if (answers == null || size(answer) > LARGEST_KEPT || FreshValues.askedBy(parsed)) return;
        answers.put(key(version, query), answer);
    }

    /** A query's text says its form (SELECT, ASK, CONSTRUCT or DESCRIBE), hence the kind of its answer. */
    private static String key(String version, String query) {
        return version + "\n" + query;
    }

    private static int size(Object answer) {
        if (answer instanceof ResultRows rows) return rows.size() + 1;
        if (answer instanceof List<?> triples) return triples.size() + 1;
        return 1;
    }
}
