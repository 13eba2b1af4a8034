package org.w3id.iasante.api;

/** A role held in the governance, e.g. strategic steering. */
public record Role(String iri, String label) {}
