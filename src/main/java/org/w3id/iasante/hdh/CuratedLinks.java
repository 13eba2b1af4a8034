package org.w3id.iasante.hdh;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.ontology.IaSanteIris;

/**
 * The links between the roadmap and the HDH metadata that no source states as such, but that our
 * team draws, each on {@code ias:curatedRelation} (never on a property the sources use), in a
 * graph of their own whose source document says the reasoning. Removing that graph removes them all.
 */
final class CuratedLinks {

    /** The médico-social establishment and service categories of the SNDS list ETE_CAT_SNDS (its 4xxx codes). */
    static final String[] MEDICO_SOCIAL = {
        "4101", "4102", "4103", "4104", "4105", "4106", "4107", "4301", "4302", "4303", "4304", "4401", "4402", "4404",
        "4501", "4601", "4603", "4604", "4605", "4606"
    };

    private CuratedLinks() {}

    static Model build() {
        Model model = ModelFactory.createDefaultModel();
        String id = IaSanteIris.ID;
        Resource source = SourceDocuments.ours(model, "curation-hdh-links");
        model.createResource(id + "programme/health-data-hub")
                .addProperty(IAS.curatedRelation, model.createResource(id + "hdh-catalog/schema-snds"))
                .addProperty(DCTerms.source, source);
        Resource esms = model.createResource(id + "programme/esms-numerique").addProperty(DCTerms.source, source);
        for (String code : MEDICO_SOCIAL) {
            esms.addProperty(IAS.curatedRelation, model.createResource(CodeListReader.codeIri("ETE_CAT_SNDS", code)));
        }
        return model;
    }
}
