package org.w3id.iasante.hdh;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.ontology.IaSanteIris;

/** The source document each graph of the import names (`…/id/source/<slug>`), as our shapes require it. */
final class SourceDocuments {

    private static final String FRENCH = "http://publications.europa.eu/resource/authority/language/FRA";

    private SourceDocuments() {}

    /** A French-language source document with its labels in both languages and its title. */
    static Resource create(Model model, String slug, String labelFr, String labelEn, String titleFr) {
        return model.createResource(IaSanteIris.ID + "source/" + slug)
                .addProperty(RDF.type, IAS.SourceDocument)
                .addProperty(SKOS.prefLabel, model.createLiteral(labelFr, "fr"))
                .addProperty(SKOS.prefLabel, model.createLiteral(labelEn, "en"))
                .addProperty(DCTerms.title, model.createLiteral(titleFr, "fr"))
                .addProperty(DCTerms.language, model.createResource(FRENCH));
    }
}
