package org.w3id.iasante.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When sources disagree on a property: two of them each give a value the other does not. A source
 * that gives fewer values than another (a list it leaves incomplete) does not disagree with it.
 */
final class Disagreement {

    private Disagreement() {}

    /** @param valuesBySource for each source, the values it gives the property */
    static boolean between(Map<String, Set<String>> valuesBySource) {
        List<Set<String>> sets = new ArrayList<>(valuesBySource.values());
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                if (!sets.get(i).containsAll(sets.get(j)) && !sets.get(j).containsAll(sets.get(i))) return true;
            }
        }
        return false;
    }
}
