package org.w3id.iasante.knowledge;

import org.apache.jena.graph.Graph;

/**
 * A knowledge file parsed into the one named graph it contributes.
 *
 * @param file the file it was read from
 * @param graphName IRI of the named graph the file's triples go into
 * @param graph the triples
 */
public record ParsedSource(KnowledgeFile file, String graphName, Graph graph) {}
