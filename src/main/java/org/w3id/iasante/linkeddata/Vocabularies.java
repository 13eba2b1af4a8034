package org.w3id.iasante.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes the site and its RDF use, so an IRI without a label still reads well ({@code skos:prefLabel}). */
public final class Vocabularies {

    public static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("ias", "https://w3id.org/ia-sante/def#");
        PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXES.put("dcterms", "http://purl.org/dc/terms/");
        PREFIXES.put("org", "http://www.w3.org/ns/org#");
        PREFIXES.put("schema", "https://schema.org/");
        PREFIXES.put("time", "http://www.w3.org/2006/time#");
        PREFIXES.put("eli", "http://data.europa.eu/eli/ontology#");
        PREFIXES.put("prov", "http://www.w3.org/ns/prov#");
        PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXES.put("void", "http://rdfs.org/ns/void#");
        PREFIXES.put("dcat", "http://www.w3.org/ns/dcat#");
        PREFIXES.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXES.put("owl", "http://www.w3.org/2002/07/owl#");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("sh", "http://www.w3.org/ns/shacl#");
        PREFIXES.put("vann", "http://purl.org/vocab/vann/");
    }

    private Vocabularies() {}

    /** {@code prefix:local} when a prefix fits, else the IRI itself. */
    public static String curie(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (iri.startsWith(prefix.getValue())
                    && iri.length() > prefix.getValue().length()) {
                return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
            }
        }
        return iri;
    }
}
