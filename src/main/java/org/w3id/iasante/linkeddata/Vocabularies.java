package org.w3id.iasante.linkeddata;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.iasante.knowledge.KnowledgeLocation;

/**
 * The prefixes the ontology declares ({@value #ONTOLOGY}), so an IRI without a label still reads
 * well ({@code skos:prefLabel}) and the RDF the site writes uses the same ones.
 */
public final class Vocabularies {

    static final String ONTOLOGY = "ontology/ia-sante.ttl";

    /** Read once from the packaged ontology; locked. */
    public static final PrefixMapping PREFIXES = read();

    private Vocabularies() {}

    /** {@code prefix:local} when a prefix fits, else the IRI itself. */
    public static String curie(String iri) {
        return PREFIXES.shortForm(iri);
    }

    private static PrefixMapping read() {
        String turtle = KnowledgeLocation.classpath().textFile(ONTOLOGY).text();
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(
                        RDFParser.fromString(turtle, Lang.TURTLE).toGraph().getPrefixMapping());
        return prefixes.lock();
    }
}
