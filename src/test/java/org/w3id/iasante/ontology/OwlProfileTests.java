package org.w3id.iasante.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.vocab.OWL2Datatype;
import org.w3id.iasante.knowledge.ParsedSource;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The ontology and the data are OWL 2 DL and consistent, as two tools that are not ours judge
 * them: the OWL API's OWL 2 DL profile check, and the HermiT reasoner. Each file of ontology/ is
 * checked with what it imports (resolved to the files of ontology/, never fetched); the data is
 * checked as the union of data/ importing every file of ontology/. A term that no file declares
 * is named, with the kind and the file it belongs in.
 */
class OwlProfileTests {

    /** Where the union of data/ is loaded from; never published, only an IRI for the OWL API. */
    private static final String DATA = "urn:x-ia-sante:union-of-data";

    /**
     * The files of ontology/ that are OWL: all but those holding SHACL shapes, which constrain the
     * data for a SHACL engine and are not OWL axioms (their paths and {@code sh:in} lists are RDF
     * lists, which OWL 2 DL reserves for its own constructs).
     */
    static Stream<ParsedSource> ontologyFiles() {
        return RepositoryKnowledge.knowledge().ontology().stream().filter(source -> !holdsShapes(source.graph()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ontologyFiles")
    void anOntologyFileWithWhatItImportsIsOwl2Dl(ParsedSource source) throws OWLOntologyCreationException {
        OWLOntologyManager manager = managerResolvingImportsToOntologyFiles();
        OWLOntology ontology = manager.loadOntology(IRI.create(source.graphName()));

        List<OWLProfileViolation> violations =
                new OWL2DLProfile().checkOntology(ontology).getViolations();

        assertThat(declaredIris(ontology)).as("the terms the OWL API read").containsAll(declaredTerms(source.graph()));
        assertThat(violations).as(describe(violations, ontology)).isEmpty();
    }

    @Test
    void theDataWithTheOntologyIsOwl2Dl() throws OWLOntologyCreationException {
        OWLOntology data = dataImportingEveryOntologyFile(managerResolvingImportsToOntologyFiles());

        List<OWLProfileViolation> violations =
                new OWL2DLProfile().checkOntology(data).getViolations();

        assertThat(data.getABoxAxioms(Imports.EXCLUDED)).isNotEmpty();
        assertThat(violations).as(describe(violations, data)).isEmpty();
    }

    /**
     * HermiT runs with its default configuration, which refuses any datatype outside the OWL 2
     * datatype map: no logical axiom carries one, since the date-valued properties (whose
     * xsd:date, xsd:gYearMonth and xsd:gYear values are outside it) are declared annotation
     * properties, which HermiT does not reason with. Were one to slip in as a data property, HermiT
     * would throw here, rather than skip it as {@code ignoreUnsupportedDatatypes} would.
     */
    @Test
    void hermitFindsTheOntologyAndTheDataConsistentWithNoUnsatisfiableClass() throws OWLOntologyCreationException {
        OWLOntology data = dataImportingEveryOntologyFile(managerResolvingImportsToOntologyFiles());
        OWLReasoner hermit = new ReasonerFactory().createReasoner(data, new Configuration());
        try {
            assertThat(hermit.isConsistent())
                    .as("HermiT finds the ontology and the data inconsistent: look for a resource of two disjoint"
                            + " classes (skos:Concept and skos:ConceptScheme, time:Instant and time:ProperInterval),"
                            + " a second phase of an action (ias:plannedDuring is functional), or a literal outside"
                            + " its property's range")
                    .isTrue();
            assertThat(hermit.getUnsatisfiableClasses().getEntitiesMinusBottom())
                    .as("classes that can have no instance")
                    .isEmpty();
        } finally {
            hermit.dispose();
        }
    }

    // --- Loading ----------------------------------------------------------------------------------

    /** A manager whose owl:imports resolve to the files of ontology/, by their ontology IRI: nothing is fetched. */
    private static OWLOntologyManager managerResolvingImportsToOntologyFiles() {
        Map<IRI, IRI> files = ontologyFiles()
                .collect(Collectors.toMap(
                        s -> IRI.create(s.graphName()),
                        s -> IRI.create(RepositoryKnowledge.ROOT
                                .resolve(s.file().name())
                                .toUri())));
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.getIRIMappers().clear();
        manager.getIRIMappers().add(files::get);
        return manager;
    }

    private static OWLOntology dataImportingEveryOntologyFile(OWLOntologyManager manager)
            throws OWLOntologyCreationException {
        Graph union = GraphFactory.createDefaultGraph();
        Node data = NodeFactory.createURI(DATA);
        union.add(data, RDF.type.asNode(), OWL.Ontology.asNode());
        ontologyFiles().forEach(s -> union.add(data, OWL.imports.asNode(), NodeFactory.createURI(s.graphName())));
        RepositoryKnowledge.knowledge().data().forEach(s -> s.graph().find().forEach(union::add));
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, union, RDFFormat.NTRIPLES);
        return manager.loadOntologyFromOntologyDocument(new StringDocumentSource(
                turtle.toString(StandardCharsets.UTF_8), DATA, new TurtleDocumentFormat(), null));
    }

    private static boolean holdsShapes(Graph graph) {
        return graph.contains(Node.ANY, RDF.type.asNode(), SHACLM.NodeShape.asNode())
                || graph.contains(Node.ANY, RDF.type.asNode(), SHACLM.PropertyShape.asNode());
    }

    private static Set<String> declaredIris(OWLOntology ontology) {
        return ontology.getAxioms(org.semanticweb.owlapi.model.AxiomType.DECLARATION).stream()
                .map(d -> d.getEntity().getIRI().toString())
                .collect(Collectors.toSet());
    }

    private static Set<String> declaredTerms(Graph graph) {
        Set<String> terms = new TreeSet<>();
        for (Node kind : List.of(
                OWL.Class.asNode(),
                OWL.ObjectProperty.asNode(),
                OWL.DatatypeProperty.asNode(),
                OWL.AnnotationProperty.asNode())) {
            graph.find(Node.ANY, RDF.type.asNode(), kind)
                    .filterKeep(t -> t.getSubject().isURI())
                    .forEach(t -> terms.add(t.getSubject().getURI()));
        }
        return terms;
    }

    // --- Reporting --------------------------------------------------------------------------------

    /** The violations, and before them each undeclared term with the declaration it needs and where. */
    private static String describe(List<OWLProfileViolation> violations, OWLOntology ontology) {
        Set<String> undeclared = new TreeSet<>();
        ontology.signature(Imports.INCLUDED)
                .filter(e -> !e.isBuiltIn() && !e.isOWLNamedIndividual() && !e.isOWLDatatype())
                .filter(e -> !ontology.isDeclared(e, Imports.INCLUDED))
                .map(OWLEntity::getIRI)
                .map(IRI::toString)
                .forEach(undeclared::add);
        StringBuilder text = new StringBuilder();
        if (!undeclared.isEmpty()) {
            Graph used = everything();
            text.append(undeclared.size())
                    .append(" terms are used but declared in no file of ontology/. Declare each one, with rdfs:label")
                    .append(" and rdfs:comment in French and English and rdfs:isDefinedBy its authority:\n");
            undeclared.forEach(iri -> text.append("  <")
                    .append(iri)
                    .append(">: ")
                    .append(declarationNeeded(used, iri))
                    .append(", in ")
                    .append(fileFor(iri))
                    .append('\n'));
        }
        text.append(violations.size())
                .append(" OWL 2 DL profile violations (a property whose values are dates must be an")
                .append(" owl:AnnotationProperty: see the rule in ontology/dcterms-terms.ttl):\n");
        violations.stream().map(v -> "  " + v + "\n").sorted().distinct().forEach(text::append);
        return text.toString();
    }

    /** The kind a term needs, from how the files use it (the rule of ontology/dcterms-terms.ttl). */
    private static String declarationNeeded(Graph used, String iri) {
        Node term = NodeFactory.createURI(iri);
        if (used.contains(Node.ANY, RDF.type.asNode(), term) || used.contains(Node.ANY, RDFS.subClassOf.asNode(), term))
            return "owl:Class";
        Set<String> outsideTheDatatypeMap = new TreeSet<>();
        boolean literals = false;
        boolean resources = false;
        for (var t : used.find(Node.ANY, term, Node.ANY).toList()) {
            Node value = t.getObject();
            if (value.isLiteral()) {
                literals = true;
                if (!OWL2Datatype.isBuiltIn(IRI.create(value.getLiteralDatatypeURI())))
                    outsideTheDatatypeMap.add(value.getLiteralDatatypeURI());
            } else {
                resources = true;
            }
        }
        if (!outsideTheDatatypeMap.isEmpty())
            return "owl:AnnotationProperty (its values " + outsideTheDatatypeMap
                    + " are outside the OWL 2 datatype map: only an annotation may carry them)";
        if (literals && resources) return "owl:AnnotationProperty (it has both literals and resources as values)";
        if (literals) return "owl:DatatypeProperty";
        if (resources) return "owl:ObjectProperty";
        return "owl:ObjectProperty, owl:DatatypeProperty or owl:AnnotationProperty, as for the property it specialises";
    }

    /** The file of ontology/ that declares other terms of the same namespace, or the one to create. */
    private static String fileFor(String iri) {
        String namespace = iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        return ontologyFiles()
                .filter(s -> s.graph().find(Node.ANY, RDFS.isDefinedBy.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> t.getSubject().isURI()
                                && t.getSubject().getURI().startsWith(namespace)
                                && t.getSubject().getURI().length() > namespace.length()
                                && t.getSubject().getURI().indexOf('/', namespace.length()) < 0))
                .map(s -> s.file().name())
                .findFirst()
                .orElse("a new file ontology/<prefix>-terms.ttl for " + namespace
                        + " (an owl:Ontology <https://w3id.org/ia-sante/def/imports/<prefix>> importing"
                        + " <https://w3id.org/ia-sante/def/imports/dcterms>, as the other -terms.ttl files do)");
    }

    /** Every ontology and data triple, to see how a term is used. */
    private static Graph everything() {
        Graph all = GraphFactory.createDefaultGraph();
        ontologyFiles().forEach(s -> s.graph().find().forEach(all::add));
        RepositoryKnowledge.knowledge().data().forEach(s -> s.graph().find().forEach(all::add));
        return all;
    }
}
