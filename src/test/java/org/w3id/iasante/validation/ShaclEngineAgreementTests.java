package org.w3id.iasante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.topbraid.shacl.validation.ValidationUtil;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * Our shapes mean the same to a second SHACL engine: TopBraid SHACL (the reference
 * implementation of SHACL-SPARQL) reports exactly what Jena SHACL, our validator, reports — the
 * same results on the same focus nodes and paths, from the same constraint components — on the
 * repository's knowledge and on each broken fixture added to it. A shape that only one engine
 * understands, or understands differently, would show here.
 */
class ShaclEngineAgreementTests {

    private static final Path BROKEN = Path.of("src/test/resources/broken");

    static Stream<Path> brokenFixtures() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.filter(f -> f.toString().endsWith(".trig")).sorted().toList().stream();
        }
    }

    @Test
    void topBraidAndJenaReportTheSameResultsOnTheRepository() {
        assertEnginesAgree(RepositoryKnowledge.knowledge());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void topBraidAndJenaReportTheSameResultsOnABrokenFile(Path fixture) {
        KnowledgeBase knowledge = RepositoryKnowledge.knowledgeWith(fixture);

        List<String> byTopBraid = assertEnginesAgree(knowledge);

        assertThat(byTopBraid).as("TopBraid finds the fixture's fault").anyMatch(r -> r.contains(stem(fixture)));
    }

    private static List<String> assertEnginesAgree(KnowledgeBase knowledge) {
        Graph data = knowledge.unionForValidation();
        List<String> byJena = results(ShaclValidator.get()
                .validate(Shapes.parse(withoutMessages(knowledge.shapes())), data)
                .getModel());
        // false: validate the data only, not also the shapes graph against SHACL's own shapes.
        List<String> byTopBraid = results(ValidationUtil.validateModel(
                        ModelFactory.createModelForGraph(data),
                        ModelFactory.createModelForGraph(knowledge.shapes()),
                        false)
                .getModel());
        assertThat(byTopBraid)
                .as("TopBraid SHACL's results, against Jena SHACL's")
                .isEqualTo(byJena);
        return byTopBraid;
    }

    /**
     * Each result as focus node, path, severity and the constraint component that produced it.
     * Not compared: {@code sh:value}, which SHACL leaves optional for some components (for
     * {@code sh:uniqueLang} Jena gives one, TopBraid none), and {@code sh:resultMessage}, where a
     * shape has a message of its own and a SPARQL constraint has another (TopBraid reports the
     * shape's, Jena the constraint's; {@link KnowledgeValidator} picks the constraint's itself).
     */
    private static List<String> results(Model report) {
        List<String> lines = new ArrayList<>();
        report.listResourcesWithProperty(RDF.type, SHACLM.ValidationResult)
                .forEach(result -> lines.add("<"
                        + label(result.getProperty(SHACLM.focusNode).getObject()) + "> "
                        + (result.hasProperty(SHACLM.resultPath)
                                ? label(result.getProperty(SHACLM.resultPath).getObject())
                                : "")
                        + " "
                        + result.getPropertyResourceValue(SHACLM.resultSeverity).getLocalName()
                        + " "
                        + result.getPropertyResourceValue(SHACLM.sourceConstraintComponent)
                                .getLocalName()));
        return lines.stream().sorted().toList();
    }

    /** Jena SHACL takes one {@code sh:message} per shape, ours have one per language (as KnowledgeValidator does). */
    private static Graph withoutMessages(Graph shapes) {
        Graph copy = GraphFactory.createDefaultGraph();
        shapes.find()
                .filterDrop(t -> t.getPredicate().equals(SHACLM.message.asNode()))
                .forEach(copy::add);
        return copy;
    }

    private static String label(RDFNode node) {
        Node n = node.asNode();
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        return n.toString();
    }

    private static String stem(Path fixture) {
        String name = fixture.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }
}
