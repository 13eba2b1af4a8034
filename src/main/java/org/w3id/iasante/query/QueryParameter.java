package org.w3id.iasante.query;

/**
 * A parameter of a catalogue query: a variable the caller may bind.
 *
 * @param name the variable name, without {@code ?}
 * @param description what it means, its type, and the default value the query file carries
 */
public record QueryParameter(String name, String description) {}
