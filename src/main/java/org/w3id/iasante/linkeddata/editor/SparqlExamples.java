package org.w3id.iasante.linkeddata.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.PublicAddress;
import org.w3id.iasante.linkeddata.SiteModel;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.query.QueryTopic;

/**
 * The catalogue's questions and checks as SPARQL examples, in the convention SPARQL services such
 * as UniProt's and SIB's follow (github.com/sib-swiss/sparql-examples): each one a SHACL
 * {@code sh:SPARQLExecutable} with its title ({@code rdfs:label}) and question ({@code rdfs:comment})
 * in French and English, its query text, the endpoint it targets and its topic as keyword. The
 * editor offers the same examples, in the same groups and order.
 */
@Component
public class SparqlExamples {

    /** Where the examples are served, as the convention has it. */
    public static final String PATH = "/.well-known/sparql-examples";

    private final RoadmapGraph graph;
    private final SiteModel.SparqlEndpointUrl endpoint;
    private final PublicAddress address;
    private final MessageSource messages;

    SparqlExamples(
            RoadmapGraph graph, SiteModel.SparqlEndpointUrl endpoint, PublicAddress address, MessageSource messages) {
        this.graph = graph;
        this.endpoint = endpoint;
        this.address = address;
        this.messages = messages;
    }

    /** One example as the editor shows it, in the reader's language. */
    record Example(String name, String title, String question, String query) {}

    /** A topic's examples, its name in the reader's language. */
    record Group(String topic, String title, List<Example> examples) {}

    /** The examples by topic, topics in their declared order; in each, tables first, then graphs, then yes/no. */
    List<Group> groups(Language language) {
        Map<QueryTopic, List<CatalogueQuery>> byTopic = ordered().stream()
                .collect(Collectors.groupingBy(CatalogueQuery::topic, TreeMap::new, Collectors.toList()));
        return byTopic.entrySet().stream()
                .map(e -> new Group(
                        e.getKey().code(),
                        topicTitle(e.getKey(), language),
                        e.getValue().stream()
                                .map(q -> new Example(
                                        q.name(), q.title(language.tag()), q.question(language.tag()), q.text()))
                                .toList()))
                .toList();
    }

    /** The examples as RDF, each named {@code <address>/.well-known/sparql-examples#<query name>}. */
    Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sh", SHACLM.getURI());
        model.setNsPrefix("schema", SchemaDO.NS);
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("dcterms", DCTerms.NS);
        String document = address.url() + PATH;
        for (CatalogueQuery query : ordered()) {
            Resource example = model.createResource(document + "#" + query.name())
                    .addProperty(RDF.type, SHACLM.SPARQLExecutable)
                    .addProperty(RDF.type, executableType(query.role()))
                    .addProperty(textProperty(query.role()), query.text())
                    .addProperty(DCTerms.identifier, query.name());
            for (Language language : Language.values()) {
                example.addProperty(RDFS.label, query.title(language.tag()), language.tag())
                        .addProperty(RDFS.comment, query.question(language.tag()), language.tag())
                        .addProperty(SchemaDO.keywords, topicTitle(query.topic(), language), language.tag());
            }
            if (!endpoint.url().isEmpty()) example.addProperty(SchemaDO.target, model.createResource(endpoint.url()));
        }
        return model;
    }

    private List<CatalogueQuery> ordered() {
        return graph.catalogue().stream()
                .sorted(Comparator.comparing(CatalogueQuery::topic)
                        .thenComparing(CatalogueQuery::role)
                        .thenComparing(CatalogueQuery::name))
                .toList();
    }

    private String topicTitle(QueryTopic topic, Language language) {
        return messages.getMessage("topic." + topic.code(), null, language.locale());
    }

    private static Resource executableType(QueryRole role) {
        return switch (role) {
            case SELECT, VIOLATION -> SHACLM.SPARQLSelectExecutable;
            case CONSTRUCT -> SHACLM.SPARQLConstructExecutable;
            case ASK -> SHACLM.SPARQLAskExecutable;
        };
    }

    private static Property textProperty(QueryRole role) {
        return switch (role) {
            case SELECT, VIOLATION -> SHACLM.select;
            case CONSTRUCT -> SHACLM.construct;
            case ASK -> SHACLM.ask;
        };
    }
}
