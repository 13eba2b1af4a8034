package org.w3id.iasante.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.knowledge.ParsedSource;
import org.w3id.iasante.support.RepositoryKnowledge;

class OntologyTests {

    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String VANN = "http://purl.org/vocab/vann/";

    private static Graph ontology() {
        return RepositoryKnowledge.knowledge().ontology().stream()
                .filter(s -> s.graphName().equals(IAS.ONTOLOGY))
                .findFirst()
                .orElseThrow()
                .graph();
    }

    @Test
    void theOntologyCarriesTheMetadataLovAndFairToolsExpect() {
        Node ontology = NodeFactory.createURI(IAS.ONTOLOGY);
        Graph graph = ontology();
        for (String property : List.of(
                OWL.versionIRI.getURI(),
                OWL.versionInfo.getURI(),
                DCTERMS + "title",
                DCTERMS + "description",
                DCTERMS + "license",
                DCTERMS + "created",
                VANN + "preferredNamespacePrefix",
                VANN + "preferredNamespaceUri")) {
            assertThat(graph.contains(ontology, NodeFactory.createURI(property), Node.ANY))
                    .as(property)
                    .isTrue();
        }
        assertThat(languages(graph, ontology, DCTERMS + "title")).containsExactlyInAnyOrder("fr", "en");
        assertThat(languages(graph, ontology, DCTERMS + "description")).containsExactlyInAnyOrder("fr", "en");
        assertThat(graph.find(ontology, NodeFactory.createURI(VANN + "preferredNamespaceUri"), Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm())
                .isEqualTo(IAS.NS);
    }

    @Test
    void everyClassAndPropertyHasALabelAndACommentInFrenchAndInEnglish() {
        Graph graph = ontology();
        Set<Node> terms = declaredTerms(graph);
        assertThat(terms).hasSizeGreaterThan(20);
        for (Node term : terms) {
            assertThat(languages(graph, term, RDFS.label.getURI()))
                    .as("labels of %s", term)
                    .containsExactlyInAnyOrder("fr", "en");
            assertThat(languages(graph, term, RDFS.comment.getURI()))
                    .as("comments of %s", term)
                    .containsExactlyInAnyOrder("fr", "en");
        }
    }

    @Test
    void everyConstantOfTheVocabularyClassIsDeclaredInTheOntology() throws IllegalAccessException {
        Set<Node> declared = declaredTerms(ontology());
        int constants = 0;
        for (Field field : IAS.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof RDFNode term) {
                assertThat(declared).as("IAS.%s", field.getName()).contains(term.asNode());
                constants++;
            }
        }
        assertThat(constants).isEqualTo(declared.size());
    }

    /**
     * Every predicate and class used in data/ is declared in a file of ontology/: ours in
     * ia-sante.ttl, the standard ones in the local copy of their vocabulary (-terms.ttl). Only the
     * RDF, RDFS and OWL languages themselves need no declaration.
     */
    @Test
    void everyTermUsedInTheDataIsDeclaredInAFileOfTheOntologyFolder() throws IllegalAccessException {
        Set<String> known = new HashSet<>(termsOfTheRdfRdfsAndOwlLanguages());
        for (ParsedSource source : RepositoryKnowledge.knowledge().ontology()) {
            declaredTerms(source.graph()).forEach(n -> known.add(n.getURI()));
        }
        Set<String> unknown = new TreeSet<>();
        for (ParsedSource source : RepositoryKnowledge.knowledge().data()) {
            source.graph().find().forEach(t -> {
                if (!known.contains(t.getPredicate().getURI()))
                    unknown.add(t.getPredicate().getURI());
                if (t.getPredicate().equals(RDF.type.asNode())
                        && !known.contains(t.getObject().getURI())) {
                    unknown.add(t.getObject().getURI());
                }
            });
        }
        assertThat(unknown)
                .as("declare them in the -terms.ttl file of their vocabulary (OwlProfileTests says which kind)")
                .isEmpty();
    }

    /** Each class of ours specialises a class of a standard vocabulary, declared in ontology/ (directly or through ours). */
    @Test
    void everyClassOfOursIsASubclassOfADeclaredStandardClass() {
        Graph union = GraphFactory.createDefaultGraph();
        RepositoryKnowledge.knowledge().ontology().forEach(s -> s.graph().find().forEach(union::add));
        Set<Node> declaredStandard = new HashSet<>();
        RepositoryKnowledge.knowledge().ontology().stream()
                .filter(s -> !s.graphName().equals(IAS.ONTOLOGY))
                .forEach(s -> s.graph()
                        .find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode())
                        .forEach(t -> declaredStandard.add(t.getSubject())));
        Graph ours = ontology();
        ours.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).forEach(t -> {
            Set<Node> superClasses = new HashSet<>();
            Deque<Node> next = new ArrayDeque<>(List.of(t.getSubject()));
            while (!next.isEmpty()) {
                GraphUtil.listObjects(union, next.pop(), RDFS.subClassOf.asNode())
                        .forEach(c -> {
                            if (superClasses.add(c)) next.push(c);
                        });
            }
            assertThat(superClasses)
                    .as("standard super-classes of %s", t.getSubject())
                    .containsAnyElementsOf(declaredStandard);
        });
    }

    private static Set<Node> declaredTerms(Graph graph) {
        Set<Node> terms = new HashSet<>();
        for (Node kind : List.of(
                OWL.Class.asNode(),
                OWL.ObjectProperty.asNode(),
                OWL.DatatypeProperty.asNode(),
                OWL.AnnotationProperty.asNode(),
                RDF.Property.asNode(),
                RDFS.Class.asNode())) {
            graph.find(Node.ANY, RDF.type.asNode(), kind).forEach(t -> {
                if (t.getSubject().isURI()) terms.add(t.getSubject());
            });
        }
        return terms;
    }

    private static Set<String> languages(Graph graph, Node subject, String property) {
        Set<String> languages = new HashSet<>();
        graph.find(subject, NodeFactory.createURI(property), Node.ANY)
                .forEach(t -> languages.add(t.getObject().getLiteralLanguage()));
        return languages;
    }

    /** The terms of the RDF, RDFS and OWL languages (rdf:type, rdfs:label, owl:sameAs…), as Jena lists them. */
    private static Set<String> termsOfTheRdfRdfsAndOwlLanguages() throws IllegalAccessException {
        Set<String> terms = new HashSet<>();
        for (Class<?> vocabulary : List.of(RDF.class, RDFS.class, OWL.class)) {
            for (Field field : vocabulary.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) continue;
                if (field.get(null) instanceof org.apache.jena.rdf.model.Resource resource
                        && resource.isURIResource()) {
                    terms.add(resource.getURI());
                }
            }
        }
        return terms;
    }
}
