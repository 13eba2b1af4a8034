package org.w3id.iasante.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.iasante.knowledge.KnowledgeBase;

/**
 * Validates the knowledge against its SHACL shapes (Jena SHACL, core and SPARQL constraints) and
 * traces each result back to the files that describe the offending resource.
 */
public final class KnowledgeValidator {

    private KnowledgeValidator() {}

    /** Validates the union of ontology and data graphs against the shapes of the same knowledge base. */
    public static ValidationReport validate(KnowledgeBase knowledge) {
        return validate(knowledge.shapes(), knowledge.unionForValidation(), knowledge::filesDescribing);
    }

    /**
     * Validates {@code data} against {@code shapesGraph}; {@code whereDescribed} names, for a
     * resource, the files (or graphs) that describe it, so each result says where to fix it.
     */
    public static ValidationReport validate(
            Graph shapesGraph, Graph data, Function<Node, List<String>> whereDescribed) {
        Shapes shapes = Shapes.parse(withoutMessages(shapesGraph));
        Model report = ShaclValidator.get().validate(shapes, data).getModel();
        List<Violation> violations = new ArrayList<>();
        report.listResourcesWithProperty(RDF.type, SHACLM.ValidationResult).forEach(result -> {
            Node focus = result.getProperty(SHACLM.focusNode).getObject().asNode();
            violations.add(new Violation(
                    label(focus),
                    result.hasProperty(SHACLM.resultPath)
                            ? label(result.getProperty(SHACLM.resultPath)
                                    .getObject()
                                    .asNode())
                            : "",
                    result.hasProperty(SHACLM.value)
                            ? label(result.getProperty(SHACLM.value).getObject().asNode())
                            : "",
                    result.getPropertyResourceValue(SHACLM.resultSeverity).getLocalName(),
                    messages(result, shapesGraph),
                    whereDescribed.apply(focus)));
        });
        violations.sort(Comparator.comparing(Violation::focusNode)
                .thenComparing(Violation::path)
                .thenComparing(v -> v.message("en")));
        return new ValidationReport(violations);
    }

    /**
     * Jena SHACL accepts one {@code sh:message} per shape, while ours carry one per language (as
     * SHACL allows). So Jena validates with a copy of the shapes that has none, and each result
     * takes its messages from the constraint or shape that produced it, in the original graph.
     */
    private static Graph withoutMessages(Graph shapes) {
        Graph copy = GraphFactory.createDefaultGraph();
        shapes.find()
                .filterDrop(t -> t.getPredicate().equals(SHACLM.message.asNode()))
                .forEach(copy::add);
        return copy;
    }

    private static Map<String, String> messages(Resource result, Graph shapes) {
        Map<String, String> byLanguage = new HashMap<>();
        Node shape = result.getProperty(SHACLM.sourceShape).getObject().asNode();
        if (result.hasProperty(SHACLM.sourceConstraintComponent, SHACLM.SPARQLConstraintComponent)) {
            // A SPARQL constraint's own message comes first (SHACL §5.3.2); Jena reports the shape's.
            shapes.find(shape, SHACLM.sparql.asNode(), Node.ANY)
                    .forEach(constraint -> shapes.find(constraint.getObject(), SHACLM.message.asNode(), Node.ANY)
                            .forEach(t -> put(byLanguage, t.getObject())));
        }
        if (byLanguage.isEmpty()) {
            shapes.find(shape, SHACLM.message.asNode(), Node.ANY).forEach(t -> put(byLanguage, t.getObject()));
        }
        if (byLanguage.isEmpty()) {
            // No message of ours: keep the one Jena generated.
            result.listProperties(SHACLM.resultMessage)
                    .forEach(s -> put(byLanguage, s.getObject().asNode()));
        }
        return byLanguage;
    }

    private static void put(Map<String, String> byLanguage, Node message) {
        if (message.isLiteral()) {
            String language = message.getLiteralLanguage().isEmpty() ? "und" : message.getLiteralLanguage();
            byLanguage.put(language, message.getLiteralLexicalForm());
        }
    }

    private static String label(Node node) {
        if (node.isURI()) return node.getURI();
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        return node.toString();
    }
}
