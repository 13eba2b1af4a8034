package org.w3id.iasante.linkeddata.dataset;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.linkeddata.SiteProperties;

/**
 * The dataset's own title, description, publisher and licence, read once from {@value #FILE}: the
 * same words in its VoID description and on every page.
 */
@Component
public class DatasetCitation {

    /** Our description of the dataset, under the knowledge location. */
    static final String FILE = "data/dataset.ttl";

    private final Model model;
    private final Resource dataset;

    @Autowired
    DatasetCitation(KnowledgeLocation knowledge, SiteProperties site) {
        this(knowledge.textFile(FILE).text(), site.baseIri());
    }

    DatasetCitation(String turtle, String baseIri) {
        this.model = RDFParser.fromString(turtle, Lang.TURTLE).base(baseIri).toModel();
        this.dataset = model.createResource(baseIri + "dataset");
        if (!model.contains(dataset, DCTerms.title)) {
            throw new IllegalStateException(FILE + " does not describe <" + dataset.getURI() + ">");
        }
    }

    /** The dataset as a reader cites it, in one language. */
    public record Cited(String title, String publisher, String iri, String licence, String licenceName) {}

    public Cited in(Language language) {
        return new Cited(
                title(language),
                text(publisher(), SKOS.prefLabel, language),
                iri(),
                licence().getURI(),
                licence().getRequiredProperty(RDFS.label).getString());
    }

    String iri() {
        return dataset.getURI();
    }

    String title(Language language) {
        return text(dataset, DCTerms.title, language);
    }

    String description(Language language) {
        return text(dataset, DCTerms.description, language);
    }

    /** What the file says of the dataset itself (not of its licence or publisher), as a new model. */
    Model statements() {
        Model copy = ModelFactory.createDefaultModel().setNsPrefixes(model.getNsPrefixMap());
        copy.add(model.listStatements(dataset, null, (org.apache.jena.rdf.model.RDFNode) null));
        return copy;
    }

    /** The prefixes the file declares: the dataset's documents are written with them. */
    Map<String, String> prefixes() {
        return model.getNsPrefixMap();
    }

    private Resource publisher() {
        return dataset.getRequiredProperty(DCTerms.publisher).getResource();
    }

    private Resource licence() {
        return dataset.getRequiredProperty(DCTerms.license).getResource();
    }

    private static String text(Resource subject, Property property, Language language) {
        return subject.listProperties(property)
                .filterKeep(s -> s.getLanguage().equals(language.tag()))
                .nextOptional()
                .orElseThrow(() -> new IllegalStateException(FILE + " gives <" + subject.getURI() + "> no "
                        + property.getLocalName() + " in " + language.tag()))
                .getString();
    }
}
