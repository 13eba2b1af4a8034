package org.w3id.iasante.api;

/**
 * A funding programme the roadmap mobilises.
 *
 * @param iri its identifier
 * @param label its name
 * @param amount the exact amount
 * @param amountAsStated the amount in the source's own words, e.g. "1,5 Md EUR"
 * @param purpose what it funds
 */
public record Programme(String iri, String label, Amount amount, String amountAsStated, String purpose) {}
