package org.w3id.iasante.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An EU legal act the roadmap refers to.
 *
 * @param iri its ELI
 * @param label its name as the roadmap's source gives it
 * @param officialTitle its official title, when an official source is loaded
 * @param date its date, likewise
 * @param celex its CELEX number, likewise
 * @param references the parts of the roadmap that refer to it
 */
public record LegalAct(
        String iri,
        String label,
        Optional<String> officialTitle,
        Optional<LocalDate> date,
        Optional<String> celex,
        List<Reference> references) {

    public LegalAct {
        references = List.copyOf(references);
    }

    /**
     * A part of the roadmap that refers to the act.
     *
     * @param iri the referring resource
     * @param label its name
     * @param relation how it refers, e.g. "complies with"
     */
    public record Reference(String iri, String label, String relation) {}
}
