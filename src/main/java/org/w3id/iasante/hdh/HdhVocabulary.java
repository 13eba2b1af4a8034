package org.w3id.iasante.hdh;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The CSVW and schema.org terms the import uses (Jena ships no CSVW vocabulary class, RDF4J's has
 * no Column; Jena's SchemaDO is on http://schema.org/, where our graphs use https://schema.org/).
 */
final class HdhVocabulary {

    static final String CSVW = "http://www.w3.org/ns/csvw#";
    static final Resource Table = ResourceFactory.createResource(CSVW + "Table");
    static final Resource Schema = ResourceFactory.createResource(CSVW + "Schema");
    static final Resource Column = ResourceFactory.createResource(CSVW + "Column");
    static final Resource ForeignKey = ResourceFactory.createResource(CSVW + "ForeignKey");
    static final Property tableSchema = ResourceFactory.createProperty(CSVW + "tableSchema");
    static final Property column = ResourceFactory.createProperty(CSVW + "column");
    static final Property name = ResourceFactory.createProperty(CSVW + "name");
    static final Property datatype = ResourceFactory.createProperty(CSVW + "datatype");
    static final Property primaryKey = ResourceFactory.createProperty(CSVW + "primaryKey");
    static final Property foreignKey = ResourceFactory.createProperty(CSVW + "foreignKey");
    static final Property columnReference = ResourceFactory.createProperty(CSVW + "columnReference");

    static final String SCHEMA = "https://schema.org/";
    static final Property url = ResourceFactory.createProperty(SCHEMA + "url");
    static final Property maintainer = ResourceFactory.createProperty(SCHEMA + "maintainer");

    private HdhVocabulary() {}
}
