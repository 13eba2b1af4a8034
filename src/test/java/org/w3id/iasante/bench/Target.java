package org.w3id.iasante.bench;

import java.util.Locale;

/** The bound a ratio should meet, and which way it binds: a target is met when the median meets it. */
record Target(double bound, boolean higherIsBetter) {

    static Target atLeast(double bound) {
        return new Target(bound, true);
    }

    static Target atMost(double bound) {
        return new Target(bound, false);
    }

    /** Whether {@code spread} meets the target: its median does; its range is reported, not judged. */
    boolean metBy(Spread spread) {
        return higherIsBetter ? spread.median() >= bound : spread.median() <= bound;
    }

    @Override
    public String toString() {
        return (higherIsBetter ? "≥ " : "≤ ") + String.format(Locale.ROOT, "%.1f", bound);
    }
}
