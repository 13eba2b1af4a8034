package org.w3id.iasante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.support.RepositoryKnowledge;

class KnowledgeValidatorTests {

    private static final Path BROKEN = Path.of("src/test/resources/broken");

    @Test
    void theRepositoryOntologyAndDataConformToTheShapes() {
        ValidationReport report = KnowledgeValidator.validate(RepositoryKnowledge.knowledge());
        assertThat(report.conforms()).as(report.describe("en")).isTrue();
    }

    /**
     * Each broken file is added to the repository's data; validation must fail on it alone, with
     * exactly the expected message, in English and in French, naming the file.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-french-label           | The French label (skos:prefLabel @fr) is missing.
            two-french-labels              | A preferred label must be non-empty text with a language tag, one per language.
            negative-amount                | An amount has exactly one value, an exact xsd:decimal that is zero or more (schema:value).
            amount-as-double               | An amount has exactly one value, an exact xsd:decimal that is zero or more (schema:value).
            wrong-currency                 | An amount has exactly one currency, an upper-case ISO 4217 code such as "EUR" (schema:currency).
            programme-with-two-amounts-from-one-source | The programme has two total amounts (the reported value) from the same source: a source gives at most one total amount per programme.
            unsourced-resource             | The resource cites no source (dcterms:source).
            source-not-a-document          | The cited source (dcterms:source) is not a described source document (ias:SourceDocument).
            missing-section                | The resource does not say in which section of its source the fact is stated (ias:statedIn).
            interval-ends-before-it-begins | The phase ends before it begins: its end date (the reported value) comes before its beginning date.
            priority-rank-not-a-number     | A priority has at most one rank, a positive whole number written as text (skos:notation "1", "2"…), where the source orders them.
            legal-act-not-eli              | A legal act is identified by its ELI IRI (http://data.europa.eu/eli/… or https://www.legifrance.gouv.fr/eli/…), or failing that by an IRI of the graph (https://w3id.org/ia-sante/id/act/…).
            action-without-phase           | A planned action belongs to exactly one phase (ias:plannedDuring).
            membership-without-role        | A membership says which role is held (org:role to an org:Role).
            roadmap-issued-as-date         | A roadmap has exactly one month of publication (dcterms:issued as xsd:gYearMonth).
            source-without-url             | A source document must give the address of its page, an http(s) IRI (schema:url): without it, it cannot be cited.
            source-without-kind            | A source document must have exactly one kind (dcterms:type), a concept of the source-kind scheme: P, P-copy, S or C.
            edition-without-date           | An edition must have its publication date (dcterms:issued: a date, a month or a year).
            event-ends-before-it-begins    | The event ends before it begins: its end date (the reported value) comes before its start date.
            comparison-without-reasoning   | A curators' judgement must give its reasoning in English (skos:editorialNote @en).
            """)
    void aBrokenDataFileFailsValidationWithItsOwnMessageInBothLanguages(String fixture, String expectedMessage) {
        KnowledgeBase knowledge = RepositoryKnowledge.knowledgeWith(BROKEN.resolve(fixture + ".trig"));

        ValidationReport report = KnowledgeValidator.validate(knowledge);

        assertThat(report.conforms()).isFalse();
        assertThat(report.failingFiles()).as(report.describe("en")).containsExactly("data/" + fixture + ".trig");
        Set<String> messages =
                report.violations().stream().map(v -> v.message("en")).collect(Collectors.toSet());
        assertThat(messages).as(report.describe("en")).containsExactly(expectedMessage);
        assertThat(report.violations()).allSatisfy(v -> {
            assertThat(v.messages()).containsKeys("fr", "en");
            assertThat(v.focusNode()).contains(fixture);
        });
    }

    @Test
    void aReportLineSaysWhereWhatAndWhichValue() {
        KnowledgeBase knowledge = RepositoryKnowledge.knowledgeWith(BROKEN.resolve("wrong-currency.trig"));

        List<String> lines =
                KnowledgeValidator.validate(knowledge).describe("fr").lines().toList();

        assertThat(lines)
                .containsExactly("data/wrong-currency.trig: <https://w3id.org/ia-sante/id/amount/wrong-currency>"
                        + " https://schema.org/currency: Un montant a une et une seule devise, un code ISO 4217 en majuscules"
                        + " comme \"EUR\" (schema:currency). [value: EURO]");
    }
}
