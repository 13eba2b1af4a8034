package org.w3id.iasante.hdh;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.query.SearchWords;

/**
 * The words of every SNDS variable's name and description, on {@code ias:mentionsWord}, in a graph
 * of their own: an index derived from the schema graph, not a fact, so that "which variables
 * mention…" is a lookup in the store's indexes rather than a scan of every description (which
 * grows with the data, and which a remote engine would do no better).
 */
final class WordIndex {

    private WordIndex() {}

    static Model of(Model schema, Resource schemaSource) {
        Model words = ModelFactory.createDefaultModel();
        SourceDocuments.create(
                        words,
                        "hdh-search-words",
                        "Index des mots des variables du SNDS",
                        "Word index of the SNDS variables",
                        "Index des mots des variables du SNDS")
                .addProperty(
                        DCTerms.description,
                        words.createLiteral(
                                "Dérivé par l'import, sans rien y ajouter : chaque mot du nom et de la description de chaque variable"
                                        + " du schéma du SNDS (en minuscules, tel qu'écrit et sans accents, et un pluriel aussi au singulier).",
                                "fr"))
                .addProperty(
                        DCTerms.description,
                        words.createLiteral(
                                "Derived by the import, adding nothing: every word of the name and description of every variable of"
                                        + " the SNDS schema (in lower case, as written and without accents, and a plural also singular).",
                                "en"))
                .addProperty(DCTerms.source, schemaSource);
        schema.listResourcesWithProperty(RDF.type, HdhVocabulary.Column).forEach(variable -> {
            Resource indexed = words.createResource(variable.getURI());
            for (Statement text : variable.listProperties(HdhVocabulary.name)
                    .andThen(variable.listProperties(DCTerms.description))
                    .toList()) {
                SearchWords.indexed(text.getString()).forEach(word -> indexed.addProperty(IAS.mentionsWord, word));
            }
        });
        return words;
    }
}
