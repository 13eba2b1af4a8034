package org.w3id.iasante.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.ToIntFunction;

/** The Caffeine cache both answer caches keep their answers in: bounded by their rows and triples. */
final class WeighedCache {

    private WeighedCache() {}

    /**
     * A cache holding at most {@code maxSize} rows and triples, as {@code size} weighs each answer,
     * those least likely to be asked again evicted first; its hits and misses counted. Null when
     * {@code maxSize} is 0: nothing is kept.
     */
    static <V> Cache<String, V> of(long maxSize, ToIntFunction<V> size) {
        if (maxSize <= 0) return null;
        return Caffeine.newBuilder()
                // Evicts on the caller's thread: no pool of its own in the server.
                .executor(Runnable::run)
                .maximumWeight(maxSize)
                .weigher((String key, V answer) -> size.applyAsInt(answer))
                .recordStats()
                .build();
    }
}
