package io.litmine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The step functions on hand-made logits over a five-id vocabulary (pad 1, eos 2). */
class SearchStepTest {

    private static final int PAD = 1;
    private static final int EOS = 2;

    @Test
    void greedyNeverPicksPadEvenWhenItScoresHighest() {
        GreedyState state = new GreedyState(List.of(RowProgress.start(5, 100)));

        GreedyState next = GreedySearch.step(state, new float[][] {{0, 9, 1, 3, 2}}, EOS, PAD);

        assertThat(next.rows().get(0).newIds()).containsExactly(3);
        assertThat(next.rows().get(0).finished()).isFalse();
    }

    @Test
    void greedyRowsStopAtEosOrTheirCapAndLeaveTheCache() {
        GreedyState state =
                new GreedyState(List.of(RowProgress.start(5, 100), RowProgress.start(1, 100)));

        GreedyState next =
                GreedySearch.step(
                        state, new float[][] {{0, 0, 5, 1, 1}, {0, 0, 1, 5, 1}}, EOS, PAD);

        assertThat(next.rows().get(0).newIds()).containsExactly(EOS);
        assertThat(next.rows().get(1).newIds()).containsExactly(3);
        assertThat(next.allFinished()).isTrue();
        assertThat(next.activeRows()).isEmpty();
    }

    @Test
    void beamEosInTheTopKBecomesAHypothesisScoredByLengthAndTheRestKeepRunning() {
        BeamState start = new BeamState(List.of(BeamGroup.start(10, 100)), 0, 2, 1.0);
        float[] first = {0, 0, 3, 2, 1};

        BeamSearch.Step step = BeamSearch.step(start, new float[][] {first}, EOS, PAD);

        BeamGroup group = step.state().groups().get(0);
        assertThat(group.finished()).hasSize(1);
        assertThat(group.finished().get(0).newIds()).containsExactly(EOS);
        assertThat(group.finished().get(0).score()).isCloseTo(logProb(first, EOS), within(1e-9));
        assertThat(group.running())
                .extracting(Beam::newIds)
                .containsExactly(List.of(3), List.of(4));
        assertThat(step.parentSlots()).containsExactly(0, 0);
        assertThat(group.done()).isFalse();
    }

    @Test
    void beamSearchStopsWhenNoRunningBeamCanBeatTheFinishedOnes() {
        BeamState start = new BeamState(List.of(BeamGroup.start(10, 100)), 0, 2, 1.0);
        BeamSearch.Step first = BeamSearch.step(start, new float[][] {{0, 0, 3, 2, 1}}, EOS, PAD);
        float[] afterThree = {0, 0, 9, 0, 0};
        float[] afterFour = {0, 0, 0, 0, 0};

        BeamSearch.Step second =
                BeamSearch.step(first.state(), new float[][] {afterThree, afterFour}, EOS, PAD);

        BeamGroup group = second.state().groups().get(0);
        assertThat(group.finished())
                .extracting(Beam::newIds)
                .containsExactly(List.of(EOS), List.of(3, EOS));
        double longer = (logProb(new float[] {0, 0, 3, 2, 1}, 3) + logProb(afterThree, EOS)) / 2;
        assertThat(group.finished().get(1).score()).isCloseTo(longer, within(1e-9));
        assertThat(group.best().newIds()).containsExactly(EOS);
        assertThat(group.done()).isTrue();
        assertThat(second.parentSlots()).isEmpty();
        assertThat(second.state().allDone()).isTrue();
    }

    @Test
    void atTheLengthCapTheTopBeamsFinishWithoutEos() {
        BeamState start = new BeamState(List.of(BeamGroup.start(1, 100)), 0, 2, 1.0);

        BeamSearch.Step step = BeamSearch.step(start, new float[][] {{0, 0, 0, 5, 4}}, EOS, PAD);

        BeamGroup group = step.state().groups().get(0);
        assertThat(group.done()).isTrue();
        assertThat(group.finished())
                .extracting(Beam::newIds)
                .containsExactly(List.of(3), List.of(4));
    }

    private static double logProb(float[] logits, int id) {
        return logits[id] - TokenScores.logSumExp(logits, PAD);
    }
}
