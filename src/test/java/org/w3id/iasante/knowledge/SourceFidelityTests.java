package org.w3id.iasante.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The summary's graph says what the summary says: its French wording is the source's unless the
 * resource says the label is ours (ias:labelOrigin), and each amount's value is what its stated
 * wording ("1,5 Md EUR") means.
 */
class SourceFidelityTests {

    /** The source text sits beside the checkout, in the team's shared inputs; override with -Dias.source-text=… */
    private static final Path SOURCE_TEXT = Path.of(System.getProperty(
            "ias.source-text",
            RepositoryKnowledge.ROOT
                    .resolve("../shared/source/000_47637d7df4e02d56.txt")
                    .toString()));

    private static final String GRAPH = "https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07";

    private static final Node SOURCE_WORDING =
            NodeFactory.createURI("https://w3id.org/ia-sante/id/label-origin/source-wording");
    private static final Node CURATED = NodeFactory.createURI("https://w3id.org/ia-sante/id/label-origin/curated");

    private static Graph summary;

    @BeforeAll
    static void summaryGraph() {
        summary = RepositoryKnowledge.knowledge().data().stream()
                .filter(s -> s.graphName().equals(GRAPH))
                .findFirst()
                .orElseThrow()
                .graph();
    }

    @Test
    void everyLabelledResourceSaysWhetherItsFrenchLabelIsTheSourcesWordingOrOurs() {
        List<Node> undeclared =
                summary.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getSubject()).toSet().stream()
                        .filter(r -> !summary.contains(r, IAS.labelOrigin.asNode(), SOURCE_WORDING)
                                && !summary.contains(r, IAS.labelOrigin.asNode(), CURATED))
                        .toList();
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyCuratedLabelSaysWhyInAnEditorialNote() {
        summary.find(Node.ANY, IAS.labelOrigin.asNode(), CURATED)
                .forEach(t -> assertThat(summary.find(t.getSubject(), SKOS.editorialNote.asNode(), Node.ANY)
                                .hasNext())
                        .as("editorial note of %s", t.getSubject())
                        .isTrue());
    }

    @Test
    void everyFrenchLabelDefinitionPurposeAndNoteTextIsTheSourcesOwnWording() throws IOException {
        assumeTrue(
                Files.isReadable(SOURCE_TEXT), "the source text is not at " + SOURCE_TEXT + " (set -Dias.source-text)");
        String source = normalise(Files.readString(SOURCE_TEXT));
        List<String> wordings = new ArrayList<>();
        for (Node property : List.of(
                SKOS.prefLabel.asNode(),
                SKOS.altLabel.asNode(),
                SKOS.definition.asNode(),
                SchemaDO.text.asNode(),
                IAS.purpose.asNode())) {
            summary.find(Node.ANY, property, Node.ANY).forEach(t -> {
                boolean ours = summary.contains(t.getSubject(), IAS.labelOrigin.asNode(), CURATED);
                if (!ours && "fr".equals(t.getObject().getLiteralLanguage())) {
                    wordings.add(t.getObject().getLiteralLexicalForm());
                }
            });
        }
        assertThat(wordings).hasSizeGreaterThan(60);
        assertThat(wordings)
                .allSatisfy(
                        w -> assertThat(source).as("the source says « %s »", w).contains(normalise(w)));
    }

    @Test
    void everyAmountsValueIsWhatItsStatedWordingMeans() {
        Pattern wording = Pattern.compile("^(\\d+(?:,\\d+)?) (Md|M) EUR$");
        List<Node> amounts = summary.find(Node.ANY, RDF.type.asNode(), SchemaDO.MonetaryAmount.asNode())
                .mapWith(t -> t.getSubject())
                .toList();
        assertThat(amounts).hasSize(3);
        for (Node amount : amounts) {
            String stated = summary.find(amount, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                    .filter(t -> "fr".equals(t.getObject().getLiteralLanguage()))
                    .findFirst()
                    .orElseThrow()
                    .getObject()
                    .getLiteralLexicalForm();
            Matcher m = wording.matcher(stated);
            assertThat(m.matches()).as("« %s » reads as an amount", stated).isTrue();
            BigDecimal meant = new BigDecimal(m.group(1).replace(',', '.'))
                    .multiply(m.group(2).equals("Md") ? BigDecimal.TEN.pow(9) : BigDecimal.TEN.pow(6));
            BigDecimal value = new BigDecimal(summary.find(amount, SchemaDO.value.asNode(), Node.ANY)
                    .next()
                    .getObject()
                    .getLiteralLexicalForm());
            assertThat(value).as("value of « %s »", stated).isEqualByComparingTo(meant);
        }
    }

    /** Case- and space-insensitive: a label may start with a capital where the source's sentence does not. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.FRENCH);
    }
}
