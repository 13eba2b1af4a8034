package org.w3id.iasante.load;

/**
 * What the store holds of one knowledge file.
 *
 * @param fileName the file, relative to the knowledge location ({@code data/x.trig})
 * @param graphName the named graph loaded from it
 * @param sha256 hash of the content that was loaded
 * @param triples how many triples the graph held when loaded
 */
public record LoadedFile(String fileName, String graphName, String sha256, long triples) {}
