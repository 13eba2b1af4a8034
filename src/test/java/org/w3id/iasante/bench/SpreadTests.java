package org.w3id.iasante.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The median, range and "met" of a side-by-side point: pure arithmetic, no timing. */
class SpreadTests {

    @Test
    void theMedianOfAnOddNumberOfRoundsIsTheMiddleOne() {
        assertThat(Spread.of(List.of(5.0, 1.0, 9.0, 3.0, 7.0))).isEqualTo(new Spread(5.0, 1.0, 9.0, 5));
    }

    @Test
    void theMedianOfAnEvenNumberOfRoundsIsTheMeanOfTheTwoMiddleOnes() {
        assertThat(Spread.of(List.of(4.0, 1.0, 2.0, 10.0))).isEqualTo(new Spread(3.0, 1.0, 10.0, 4));
    }

    @Test
    void oneRoundIsItsOwnMedianAndRange() {
        assertThat(Spread.of(List.of(2.5))).isEqualTo(new Spread(2.5, 2.5, 2.5, 1));
    }

    @Test
    void ratiosArePairedRoundByRoundNotTakenBetweenMedians() {
        // Round ratios 1, 4, 0.5: their median is 1, while the medians' ratio would be 20 / 10 = 2.
        Spread ratio = Spread.ofRatios(List.of(10.0, 20.0, 30.0), List.of(10.0, 5.0, 60.0));

        assertThat(ratio).isEqualTo(new Spread(1.0, 0.5, 4.0, 3));
    }

    @Test
    void roundsThatDoNotPairAreRefused() {
        assertThatThrownBy(() -> Spread.ofRatios(List.of(1.0, 2.0), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noRoundsOrARoundWithoutAFiniteValueIsRefused() {
        assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Spread.of(List.of(1.0, Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        // A reference that measured zero makes an infinite ratio, not a figure.
        assertThatThrownBy(() -> Spread.ofRatios(List.of(1.0), List.of(0.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTargetIsMetWhenTheMedianMeetsItWhateverTheLowestRound() {
        Spread mostRoundsAbove = new Spread(1.1, 0.7, 1.3, 5);

        assertThat(Target.atLeast(1.0).metBy(mostRoundsAbove)).isTrue();
    }

    @Test
    void aTargetIsNotMetWhenTheMedianMissesItEvenIfSomeRoundsMeetIt() {
        Spread someRoundsAbove = new Spread(0.95, 0.8, 1.4, 5);

        assertThat(Target.atLeast(1.0).metBy(someRoundsAbove)).isFalse();
    }

    @Test
    void anUpperBoundIsMetAtOrBelowIt() {
        assertThat(Target.atMost(1.5).metBy(new Spread(1.5, 1.2, 1.9, 5))).isTrue();
        assertThat(Target.atMost(1.5).metBy(new Spread(1.6, 1.2, 1.9, 5))).isFalse();
        assertThat(Target.atMost(1.5)).hasToString("≤ 1.5");
        assertThat(Target.atLeast(0.9)).hasToString("≥ 0.9");
    }

    @Test
    void aScaleWithoutARoundIsRefused() {
        assertThatThrownBy(() -> new Benchmark.Scale(
                        "none", List.of(1_000L), 1_000L, 10, Duration.ofSeconds(1), List.of(1), 0, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFullRunAsksEveryQuestionInAtLeastFiveRoundsPerPointAndATrialMoreOfOnePhaseAtTheSizesItNeeds() {
        assertThat(Benchmark.Scale.FULL.rounds()).isGreaterThanOrEqualTo(5);
        assertThat(Benchmark.TRIAL_ROUNDS).isGreaterThan(Benchmark.Scale.FULL.rounds());

        Benchmark.Scale start = Benchmark.Scale.FULL.trial(Benchmark.Phase.START, 7);
        assertThat(start.rounds()).isEqualTo(7);
        // Only the smoke run samples the catalogue; the real runs ask every question.
        assertThat(Benchmark.Scale.FULL.questionStride()).isEqualTo(1);
        assertThat(start.questionStride()).isEqualTo(1);
        assertThat(start.sizes()).containsExactly(Benchmark.Scale.FULL.mixSize());
        assertThat(Benchmark.Scale.FULL.trial(Benchmark.Phase.GROWTH, 7).sizes())
                .containsExactly(100_000L, 10_000_000L);
        assertThat(Benchmark.Phase.named("mix")).isEqualTo(Benchmark.Phase.MIX);
        assertThatThrownBy(() -> Benchmark.Phase.named("everything")).isInstanceOf(IllegalArgumentException.class);
    }
}
