package org.w3id.iasante.api;

import java.util.List;

/**
 * A body of the roadmap's governance.
 *
 * @param iri its identifier
 * @param name its name
 * @param acronyms its acronyms, e.g. DNS; empty when the source gives none besides the name
 * @param roles the roles it holds in the governance
 */
public record Actor(String iri, String name, List<String> acronyms, List<Role> roles) {

    public Actor {
        acronyms = List.copyOf(acronyms);
        roles = List.copyOf(roles);
    }
}
