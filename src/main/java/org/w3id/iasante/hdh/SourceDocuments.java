package org.w3id.iasante.hdh;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.iasante.ontology.IaSanteIris;

/**
 * The source document each graph of the import names ({@code …/id/source/<slug>}): its description
 * from {@code source-documents.ttl}, and for an upstream repository what the inputs say of it
 * (address at the commit read, commit, licence).
 */
final class SourceDocuments {

    private static final Model DESCRIPTIONS = MappingFiles.read(MappingFiles.SOURCE_DOCUMENTS);

    private SourceDocuments() {}

    /** The licences the file names (dcterms:LicenseDocument), by their English name: what Provenance can recognise. */
    static Map<String, String> licencesByName() {
        Map<String, String> byName = new LinkedHashMap<>();
        DESCRIPTIONS
                .listResourcesWithProperty(RDF.type, DCTerms.LicenseDocument)
                .forEachRemaining(licence -> licence.listProperties(RDFS.label)
                        .filterKeep(name -> name.getLanguage().equals("en"))
                        .forEachRemaining(name -> byName.put(name.getString(), licence.getURI())));
        return byName;
    }

    /** Our own document {@code slug} (kind C), as described in the file. */
    static Resource ours(Model model, String slug) {
        return copy(model, slug);
    }

    /** The document of an upstream repository: its description, and where and at which commit it was read. */
    static Resource upstream(Model model, String slug, Provenance origin) {
        Resource source = copy(model, slug).addProperty(HdhVocabulary.url, model.createResource(origin.url()));
        origin.commit().ifPresent(commit -> source.addProperty(OWL.versionInfo, commit));
        origin.licence().ifPresent(licence -> {
            source.addProperty(DCTerms.license, model.createResource(licence));
            // Its name, for the pages, sourced like a publisher: to the document whose licence it is.
            model.add(DESCRIPTIONS.getResource(licence).listProperties());
            model.createResource(licence).addProperty(DCTerms.source, source);
        });
        return source;
    }

    /** The document's statements, and those of a publisher the file describes, sourced to it. */
    private static Resource copy(Model model, String slug) {
        Resource described = DESCRIPTIONS.getResource(IaSanteIris.ID + "source/" + slug);
        if (!described.listProperties().hasNext())
            throw new IllegalStateException("source-documents.ttl does not describe <" + described + ">");
        model.add(described.listProperties());
        Resource source = model.createResource(described.getURI());
        for (RDFNode publisher : described
                .listProperties(DCTerms.publisher)
                .mapWith(s -> s.getObject())
                .toList()) {
            Resource agent = publisher.asResource();
            if (agent.listProperties().hasNext()) {
                model.add(agent.listProperties());
                model.createResource(agent.getURI()).addProperty(DCTerms.source, source);
            }
        }
        return source;
    }
}
