package org.w3id.iasante.hdh;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.ParsedSource;
import org.w3id.iasante.ontology.IaSanteIris;

/**
 * The regions that have an ARS, by INSEE code, as the knowledge states them: the graph of the ANS
 * terminology TRE_R396 ({@code data/ans-tre-r396-ars.trig}, transcribed from the team's reference
 * facts {@code shared/reference/ars.csv}) gives each agency its region. The département list's
 * other region codes (0, 99) are no region, so they get no {@code ias:inRegion}.
 */
final class ArsRegions {

    /** The named graph of the ARS list. */
    static final String GRAPH = IaSanteIris.graphForSource("ans-tre-r396-ars");

    private static final Node REGION = NodeFactory.createURI("http://rdf.insee.fr/def/geo#Region");

    private ArsRegions() {}

    /** Each region an agency of the list covers: its INSEE code (two digits) and its IRI. */
    static Map<String, Node> in(KnowledgeBase knowledge) {
        Graph ars = knowledge.data().stream()
                .filter(s -> s.graphName().equals(GRAPH))
                .map(ParsedSource::graph)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No data file holds <" + GRAPH
                        + ">: data/ans-tre-r396-ars.trig is missing, and with it" + " the regions that have an ARS"));
        Map<String, Node> regions = new TreeMap<>();
        for (Triple covers :
                ars.find(Node.ANY, DCTerms.spatial.asNode(), Node.ANY).toList()) {
            Node region = covers.getObject();
            if (!ars.contains(region, RDF.type.asNode(), REGION)) continue;
            ars.find(region, SKOS.notation.asNode(), Node.ANY)
                    .forEach(code -> regions.put(code.getObject().getLiteralLexicalForm(), region));
        }
        if (regions.isEmpty()) {
            throw new IllegalStateException("<" + GRAPH + "> gives no agency a region (dcterms:spatial to an"
                    + " igeo:Region with its skos:notation)");
        }
        return regions;
    }
}
