package org.w3id.iasante.load;

import java.time.Duration;

/**
 * What a bulk load added.
 *
 * @param files how many files were read
 * @param triples how many triples (or quads) were added
 * @param elapsed how long it took
 */
public record LoadSummary(int files, long triples, Duration elapsed) {

    public double triplesPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return triples / seconds;
    }

    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "Loaded %,d triples from %d file(s) in %.2f s (%,.0f triples/s)",
                triples,
                files,
                elapsed.toNanos() / 1e9,
                triplesPerSecond());
    }
}
