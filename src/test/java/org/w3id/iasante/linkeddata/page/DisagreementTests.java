package org.w3id.iasante.linkeddata.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.api.Language;

/** When the site marks a property as one the sources differ on, and how it writes their dates. */
class DisagreementTests {

    @Test
    void twoSourcesGivingDifferentValuesDiffer() {
        assertThat(Disagreement.between(Map.of("eumonitor", Set.of("2025-03-25"), "aphp", Set.of("2027-03-27"))))
                .isTrue();
    }

    @Test
    void sourcesGivingTheSameValueOrOneSourceAloneDoNotDiffer() {
        assertThat(Disagreement.between(Map.of("eumonitor", Set.of("2025-03-05"), "aphp", Set.of("2025-03-05"))))
                .isFalse();
        assertThat(Disagreement.between(Map.of("eumonitor", Set.of("a", "b")))).isFalse();
    }

    @Test
    void aSourceThatListsFewerValuesThanAnotherDoesNotDifferFromIt() {
        assertThat(Disagreement.between(Map.of("full", Set.of("a", "b", "c"), "incomplete", Set.of("a"))))
                .isFalse();
        assertThat(Disagreement.between(
                        Map.of("full", Set.of("a", "b", "c"), "incomplete", Set.of("a"), "other", Set.of("d"))))
                .isTrue();
    }

    @Test
    void aDateGivenLessPreciselyDoesNotDifferFromADayItContains() {
        assertThat(Disagreement.between(Map.of("month", Set.of("2025-07"), "day", Set.of("2025-07-01"))))
                .isFalse();
        assertThat(Disagreement.between(Map.of("month", Set.of("2025-07"), "day", Set.of("2025-08-01"))))
                .isTrue();
    }

    @Test
    void aDateIsWrittenAsPreciselyAsTheSourceGivesIt() {
        assertThat(PartialDate.display("2025-11-12", Language.FR)).isEqualTo("12 novembre 2025");
        assertThat(PartialDate.display("2025-07-01", Language.FR)).isEqualTo("1er juillet 2025");
        assertThat(PartialDate.display("2025-07-01", Language.EN)).isEqualTo("1 July 2025");
        assertThat(PartialDate.display("2025-07", Language.EN)).isEqualTo("July 2025");
        assertThat(PartialDate.display("2025", Language.FR)).isEqualTo("2025");
        assertThat(PartialDate.parse("2025-07").orElseThrow().last()).hasToString("2025-07-31");
        assertThat(PartialDate.display("n/d", Language.EN)).isEqualTo("n/d");
    }
}
