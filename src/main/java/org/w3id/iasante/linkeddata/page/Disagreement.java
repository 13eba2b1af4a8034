package org.w3id.iasante.linkeddata.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When sources disagree on a property: two of them each give a value the other does not. A source
 * that gives fewer values than another (a list it leaves incomplete) does not disagree with it, and
 * neither does one that gives a date less precisely ("2025-07" against "2025-07-01").
 */
public final class Disagreement {

    private Disagreement() {}

    /** @param valuesBySource for each source, the values it gives the property (dates as written) */
    public static boolean between(Map<String, Set<String>> valuesBySource) {
        List<Set<String>> sets = new ArrayList<>(valuesBySource.values());
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                if (!covers(sets.get(i), sets.get(j)) && !covers(sets.get(j), sets.get(i))) return true;
            }
        }
        return false;
    }

    /** Whether every value of {@code other} is one of {@code values}, or a date overlapping one of them. */
    private static boolean covers(Set<String> values, Set<String> other) {
        return other.stream().allMatch(o -> values.stream().anyMatch(v -> same(v, o)));
    }

    private static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        Optional<PartialDate> first = PartialDate.parse(a);
        Optional<PartialDate> second = PartialDate.parse(b);
        return first.isPresent()
                && second.isPresent()
                && !first.get().last().isBefore(second.get().first())
                && !second.get().last().isBefore(first.get().first());
    }
}
