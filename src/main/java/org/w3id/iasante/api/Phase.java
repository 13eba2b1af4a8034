package org.w3id.iasante.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A phase of the implementation timeline.
 *
 * @param iri its identifier
 * @param label its deadline as the source gives it, e.g. "2026-2030"
 * @param begin first day
 * @param end last day
 * @param actions what is planned in it
 */
public record Phase(String iri, String label, LocalDate begin, LocalDate end, List<PlannedAction> actions) {

    public Phase {
        actions = List.copyOf(actions);
    }

    /** Whether the phase covers any day of {@code year}. */
    public boolean covers(int year) {
        return begin.getYear() <= year && year <= end.getYear();
    }
}
