package org.w3id.iasante.api;

import java.util.Optional;

/**
 * Where a fact about a resource comes from.
 *
 * @param graph the named graph holding the fact (one per source)
 * @param document the source document's IRI
 * @param documentTitle its title
 * @param section the section stating it, when the source has sections
 * @param sectionLabel that section's title
 */
public record SourceStatement(
        String graph, String document, String documentTitle, Optional<String> section, Optional<String> sectionLabel) {}
