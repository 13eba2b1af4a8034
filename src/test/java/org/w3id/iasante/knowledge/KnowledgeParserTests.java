package org.w3id.iasante.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.support.RepositoryKnowledge;

class KnowledgeParserTests {

    private static final Path INVALID = Path.of("src/test/resources/invalid");

    @Test
    void everyOntologyAndDataFileParsesIntoItsOwnNamedGraph() {
        KnowledgeBase knowledge = RepositoryKnowledge.knowledge();

        assertThat(knowledge.ontology())
                .extracting(ParsedSource::graphName)
                .contains(
                        "https://w3id.org/ia-sante/def/imports/eli",
                        "https://w3id.org/ia-sante/def/hdh-shapes",
                        "https://w3id.org/ia-sante/def",
                        "https://w3id.org/ia-sante/def/imports/insee-geo",
                        "https://w3id.org/ia-sante/def/shapes")
                .doesNotHaveDuplicates();
        assertThat(knowledge.data())
                .extracting(ParsedSource::graphName)
                .contains(
                        "https://w3id.org/ia-sante/graph/ans-tre-r396-ars",
                        "https://w3id.org/ia-sante/graph/curated-alignments",
                        "https://w3id.org/ia-sante/graph/eur-lex-eli",
                        "https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07")
                .doesNotHaveDuplicates();
        assertThat(knowledge.data())
                .allSatisfy(source -> assertThat(source.graphName())
                        .isEqualTo("https://w3id.org/ia-sante/graph/"
                                + source.file().stem()));
        assertThat(knowledge.all())
                .allSatisfy(source -> assertThat(source.graph().isEmpty()).isFalse());
    }

    @Test
    void thePackagedCopyHoldsTheSameFilesAsTheRepository() {
        List<KnowledgeFile> repository = RepositoryKnowledge.location().allFiles();
        List<KnowledgeFile> packaged = KnowledgeLocation.classpath().allFiles();

        assertThat(packaged)
                .extracting(KnowledgeFile::name)
                .containsExactlyElementsOf(
                        repository.stream().map(KnowledgeFile::name).toList());
        assertThat(packaged)
                .extracting(KnowledgeFile::sha256)
                .containsExactlyElementsOf(
                        repository.stream().map(KnowledgeFile::sha256).toList());
        assertThat(KnowledgeLocation.classpath().queryFiles())
                .hasSameSizeAs(RepositoryKnowledge.location().queryFiles());
    }

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndColumn() {
        assertThatThrownBy(() -> KnowledgeParser.parse(data("syntax-error.trig")))
                .isInstanceOfSatisfying(InvalidKnowledgeFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("data/syntax-error.trig");
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.column()).isPositive();
                })
                .hasMessageStartingWith("data/syntax-error.trig:5:");
    }

    @Test
    void aValueThatIsNotValidForItsDatatypeIsAnErrorNotAWarning() {
        assertThatThrownBy(() -> KnowledgeParser.parse(data("invalid-decimal.trig")))
                .isInstanceOf(InvalidKnowledgeFileException.class)
                .hasMessageStartingWith("data/invalid-decimal.trig:5:")
                .hasMessageContaining("1,5 Md")
                .hasMessageContaining("fix the term");
    }

    @Test
    void aDataFileMustNameItsGraphAfterItself() {
        assertThatThrownBy(() -> KnowledgeParser.parse(data("wrong-graph-name.trig")))
                .isInstanceOf(InvalidKnowledgeFileException.class)
                .hasMessageContaining("<https://w3id.org/ia-sante/graph/wrong-graph-name>")
                .hasMessageContaining("another-name")
                .hasMessageContaining("Rename the graph or the file");
    }

    @Test
    void triplesOutsideANamedGraphAreRefused() {
        assertThatThrownBy(() -> KnowledgeParser.parse(data("default-graph-triples.trig")))
                .isInstanceOf(InvalidKnowledgeFileException.class)
                .hasMessageContaining("outside any named graph");
    }

    @Test
    void anOntologyFileMustDeclareExactlyOneOntology() {
        KnowledgeFile file = KnowledgeFile.of(
                "ontology/two-ontologies.ttl",
                KnowledgeFile.Kind.ONTOLOGY,
                RepositoryKnowledge.read(INVALID.resolve("two-ontologies.ttl")));
        assertThatThrownBy(() -> KnowledgeParser.parse(file))
                .isInstanceOf(InvalidKnowledgeFileException.class)
                .hasMessageContaining("declares 2 owl:Ontology");
    }

    @Test
    void twoFilesCannotShareAGraph() {
        KnowledgeBase knowledge = RepositoryKnowledge.knowledge();
        List<ParsedSource> twice =
                List.of(knowledge.data().get(0), knowledge.data().get(0));
        assertThatThrownBy(() -> new KnowledgeBase(knowledge.ontology(), twice))
                .isInstanceOf(InvalidKnowledgeFileException.class)
                .hasMessageContaining("already used by another file");
    }

    private static KnowledgeFile data(String name) {
        return KnowledgeFile.of(
                "data/" + name, KnowledgeFile.Kind.DATA, RepositoryKnowledge.read(INVALID.resolve(name)));
    }
}
