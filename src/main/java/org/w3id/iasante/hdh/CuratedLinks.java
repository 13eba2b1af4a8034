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
        Resource source = SourceDocuments.create(
                        model,
                        "curation-hdh-links",
                        "Liens établis par l'équipe du graphe entre la feuille de route et les métadonnées du HDH",
                        "Links drawn by the graph's team between the roadmap and the HDH metadata",
                        "Liens établis entre la feuille de route et les métadonnées du HDH")
                .addProperty(
                        DCTerms.description,
                        model.createLiteral(
                                "Deux liens déduits, qu'aucune source n'énonce tels quels. (1) Le programme « Health Data Hub » de la feuille de"
                                        + " route (objet : « Plateforme données de santé ») et le dictionnaire des données du SNDS, que le Health Data Hub"
                                        + " maintient (README du dépôt schema-snds). (2) Le programme « ESMS numérique » (objet : « Transformation"
                                        + " numérique ESMS », ESMS désignant les établissements et services médico-sociaux) et les catégories"
                                        + " d'établissements 4xxx de la liste SNDS ETE_CAT_SNDS, libellées comme établissements et services médico-sociaux.",
                                "fr"))
                .addProperty(
                        DCTerms.description,
                        model.createLiteral(
                                "Two inferred links that no source states as such. (1) The roadmap's \"Health Data Hub\" programme (purpose: \"Plateforme"
                                        + " données de santé\") and the SNDS data dictionary, which the Health Data Hub maintains (README of the"
                                        + " schema-snds repository). (2) The \"ESMS numérique\" programme (purpose: \"Transformation numérique ESMS\", ESMS"
                                        + " standing for medico-social establishments and services) and the 4xxx establishment categories of the SNDS list"
                                        + " ETE_CAT_SNDS, labelled as medico-social establishments and services.",
                                "en"));
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
