package org.w3id.iasante.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

    @Test
    void aTextIsIndexedUnderEachWordInLowerCaseWithAndWithoutAccents() {
        assertThat(SearchWords.indexed("Date de décès"))
                .containsExactlyInAnyOrder("date", "de", "décès", "décè", "deces", "dece");
    }

    @Test
    void aPluralIsAlsoIndexedUnderItsSingularButAShortWordIsLeftAlone() {
        assertThat(SearchWords.indexed("Nombre de naissances")).contains("naissances", "naissance");
        assertThat(SearchWords.indexed("prix os")).containsExactlyInAnyOrder("prix", "os");
    }

    @Test
    void aVariableNameIsCutAtItsUnderscores() {
        assertThat(SearchWords.indexed("BEN_NAI_ANN")).containsExactly("ben", "nai", "ann");
    }

    @Test
    void composedAndDecomposedAccentsGiveTheSameWords() {
        assertThat(SearchWords.indexed("de\u0301ce\u0300s")).isEqualTo(SearchWords.indexed("décès"));
    }

    @Test
    void foldingForTheLabelSearchDropsCaseAccentsAndPunctuation() {
        assertThat(SearchWords.fold("  Données de santé : l'IA ")).isEqualTo("donnees de sante l ia");
    }
}
