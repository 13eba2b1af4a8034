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

    static Model of(Model schema) {
        Model words = ModelFactory.createDefaultModel();
        // The index's document says it is derived from the schema's (dcterms:source).
        Resource index = SourceDocuments.ours(words, "hdh-search-words");
        schema.listResourcesWithProperty(RDF.type, HdhVocabulary.Column).forEach(variable -> {
            // Each variable's words are said on the index's authority, in the index's graph.
            Resource indexed = words.createResource(variable.getURI()).addProperty(DCTerms.source, index);
            for (Statement text : variable.listProperties(HdhVocabulary.name)
                    .andThen(variable.listProperties(DCTerms.description))
                    .toList()) {
                SearchWords.indexed(text.getString()).forEach(word -> indexed.addProperty(IAS.mentionsWord, word));
            }
        });
        return words;
    }
}
