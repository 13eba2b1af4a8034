package org.w3id.iasante.api;

/** Asked about a resource the graph says nothing of. */
public final class UnknownResourceException extends RuntimeException {

    private final String iri;

    /** The message names the IRI only, never the store (a folder of the machine serving it). */
    public UnknownResourceException(String iri) {
        super("The graph says nothing about <" + iri + ">");
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }
}
