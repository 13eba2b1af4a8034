package org.w3id.iasante.load;

import java.util.List;
import java.util.Map;
import org.w3id.iasante.query.TermTriple;

/**
 * The graphs one import produced, in plain terms, ready to replace what it produced before.
 *
 * @param origin who produces these graphs (e.g. {@code hdh}); the load state records each graph
 *     as {@code origin:name}
 * @param digest a digest of the inputs and of the mapping that produced the graphs
 * @param graphs the triples of each named graph, by graph IRI
 */
public record GraphImport(String origin, String digest, Map<String, List<TermTriple>> graphs) {

    public GraphImport {
        graphs = Map.copyOf(graphs);
    }
}
