package org.w3id.iasante.api;

/** Asked about a resource the graph says nothing of. */
public final class UnknownResourceException extends RuntimeException {

    private final String iri;

    public UnknownResourceException(String iri, String where) {
        super("The graph (" + where + ") says nothing about <" + iri + ">");
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }
}
