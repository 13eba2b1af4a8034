package org.w3id.iasante.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a SELECT answer, as plain values.
 *
 * @param variables the projected variables, in order, without {@code ?}
 * @param rows each row maps a variable to its term; an unbound variable is absent
 */
public record ResultRows(List<String> variables, List<Map<String, Term>> rows) {

    public ResultRows {
        variables = List.copyOf(variables);
        rows = rows.stream().map(Map::copyOf).toList();
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The term bound to {@code variable} in row {@code index}, if any. */
    public Optional<Term> get(int index, String variable) {
        return Optional.ofNullable(rows.get(index).get(variable));
    }
}
