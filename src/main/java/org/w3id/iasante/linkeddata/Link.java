package org.w3id.iasante.linkeddata;

/**
 * A link a person can follow: a page of this site, or an outside IRI.
 *
 * @param href where it leads
 * @param label what it reads
 * @param iri the resource it stands for
 */
public record Link(String href, String label, String iri) {}
