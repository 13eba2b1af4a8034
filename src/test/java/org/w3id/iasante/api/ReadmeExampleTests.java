package org.w3id.iasante.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.support.RepositoryKnowledge;

/** The README's Java example compiles, runs, prints what it says, and is word for word the code below. */
class ReadmeExampleTests {

    @Test
    void theReadmeExampleRunsAndPrintsThePrioritiesTheTotalAndThePlannedActions() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            example();
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .startsWith("1. Regulation", "2. Evaluation", "3. Support", "4. Economic framework")
                .contains("Total: 2180000000 EUR", "Generalisation of training", "Extension of the experiments");
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws Exception {
        String source = Files.readString(
                RepositoryKnowledge.ROOT.resolve("src/test/java/org/w3id/iasante/api/ReadmeExampleTests.java"));
        String begin = "// README:" + "begin";
        String end = "// README:" + "end";
        String snippet = source.substring(source.indexOf(begin) + begin.length(), source.indexOf(end));
        String readme = Files.readString(RepositoryKnowledge.ROOT.resolve("README.md"));
        assertThat(normalise(readme)).contains(normalise(snippet));
    }

    @SuppressWarnings("unused")
    private static void example() {
        // README:begin
        try (RoadmapGraph graph = RoadmapGraph.inMemory()) {
            for (Priority priority : graph.priorities(Language.EN)) {
                System.out.println(priority.rank() + ". " + priority.label());
            }
            Amount total = graph.totalFunding().get(0);
            System.out.println("Total: " + total.value().toPlainString() + " " + total.currency());

            Term year = Term.literal("2025", Term.XSD + "integer");
            ResultRows planned = graph.select("select-actions-in-year", Map.of("year", year));
            planned.rows().forEach(row -> System.out.println(row.get("actionEn").value()));
        }
        // README:end
    }

    private static String normalise(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
