package org.w3id.iasante.api;

import java.util.List;

/**
 * A main objective of the roadmap.
 *
 * @param iri its identifier
 * @param label its wording
 * @param legalActs ELI IRIs of the acts it must respect, per the source
 */
public record Objective(String iri, String label, List<String> legalActs) {

    public Objective {
        legalActs = List.copyOf(legalActs);
    }
}
