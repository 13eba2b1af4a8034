package org.w3id.iasante.api;

/**
 * A structuring priority of the roadmap.
 *
 * @param iri its identifier
 * @param rank its place in the source's order, from 1
 * @param label its name
 * @param description what it covers
 */
public record Priority(String iri, int rank, String label, String description) {}
