package org.w3id.iasante.query;

/** A triple of plain terms: what a CONSTRUCT or DESCRIBE answer is made of. */
public record TermTriple(Term subject, Term predicate, Term object) {}
