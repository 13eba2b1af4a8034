package org.w3id.iasante.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rounds of one side-by-side point measured: their median, which a target is judged on,
 * and their range, printed beside it so that a figure met in only some rounds shows as such.
 */
record Spread(double median, double min, double max, int rounds) {

    Spread {
        if (rounds < 1) throw new IllegalArgumentException("A spread needs at least one round");
        if (!(min <= median && median <= max))
            throw new IllegalArgumentException("Not a spread: " + min + " ≤ " + median + " ≤ " + max);
    }

    /** The median (of the two middle values for an even count), minimum and maximum of {@code values}. */
    static Spread of(List<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("No rounds measured");
        if (values.stream().anyMatch(v -> !Double.isFinite(v)))
            throw new IllegalArgumentException("A round measured no finite value: " + values);
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return new Spread(median, sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    /**
     * The ratio of each round, ours over the reference measured in the same round: rounds are
     * paired (alternated, side by side), so a busy neighbour that slows one round slows both of
     * its sides and leaves its ratio alone.
     */
    static Spread ofRatios(List<Double> ours, List<Double> reference) {
        if (ours.size() != reference.size())
            throw new IllegalArgumentException(ours.size() + " rounds of ours against " + reference.size());
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ours.size(); round++) ratios.add(ours.get(round) / reference.get(round));
        return of(ratios);
    }
}
