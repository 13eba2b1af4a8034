package org.w3id.iasante.hdh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.support.RepositoryKnowledge;

/** The regions that have an ARS come from the knowledge's ARS list, not from the import's code. */
class ArsRegionsTests {

    @Test
    void theRegionsWithAnArsAreThoseOfTheTeamsReferenceListWithTheirInseeIris() throws IOException {
        Path reference =
                RepositoryKnowledge.ROOT.resolve("../shared/reference/ars.csv").normalize();
        assumeTrue(Files.isRegularFile(reference), "the team's reference list " + reference + " is missing");
        Map<String, String> listed = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(reference);
                CSVParser rows = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            for (CSVRecord row : rows) {
                String code = row.get("region_insee_code");
                listed.put(code, "http://id.insee.fr/geo/region/" + code);
            }
        }

        Map<String, Node> regions = ArsRegions.in(RepositoryKnowledge.knowledge());

        assertThat(regions).hasSize(18);
        assertThat(new TreeMap<>(Map.copyOf(regions)))
                .extractingFromEntries(Map.Entry::getKey, e -> e.getValue().getURI())
                .containsExactlyElementsOf(listed.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                        .toList());
    }

    @Test
    void withoutTheArsListTheImportNamesTheMissingFile() {
        KnowledgeBase knowledge = RepositoryKnowledge.knowledge();
        KnowledgeBase withoutArs = new KnowledgeBase(
                knowledge.ontology(),
                knowledge.data().stream()
                        .filter(s -> !s.graphName().equals(ArsRegions.GRAPH))
                        .toList());

        assertThatThrownBy(() -> ArsRegions.in(withoutArs))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("data/ans-tre-r396-ars.trig");
    }
}
