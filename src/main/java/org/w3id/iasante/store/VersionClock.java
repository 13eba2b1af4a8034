package org.w3id.iasante.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Remembers when a data version was first seen, so it can be served as Last-Modified. */
final class VersionClock {

    private String tag;
    private Instant since;

    synchronized DataVersion observe(String current) {
        if (!current.equals(tag)) {
            tag = current;
            // HTTP dates have second precision: truncating keeps If-Modified-Since comparisons exact.
            since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        return new DataVersion(tag, since);
    }
}
