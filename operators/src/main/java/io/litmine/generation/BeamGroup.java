package io.litmine.generation;

import java.util.Comparator;
import java.util.List;

/**
 * The beams of one prompt.
 *
 * @param running the live beams, best first (one, empty, before the first step)
 * @param finished the best finished hypotheses, at most num_beams, best first
 * @param done whether the prompt's search is over
 * @param cap the most ids a beam may generate (max_new_tokens or the position limit)
 * @param eosAtCap whether the cap is the position limit, where {@code </s>} is forced
 */
record BeamGroup(List<Beam> running, List<Beam> finished, boolean done, int cap, boolean eosAtCap) {

    BeamGroup {
        running = List.copyOf(running);
        finished = List.copyOf(finished);
    }

    static BeamGroup start(int maxNewTokens, int positionCap) {
        return new BeamGroup(
                List.of(Beam.EMPTY),
                List.of(),
                false,
                Math.min(maxNewTokens, positionCap),
                positionCap <= maxNewTokens);
    }

    /** The result: the best finished hypothesis. */
    Beam best() {
        return finished.stream()
                .max(Comparator.comparingDouble(Beam::score))
                .orElseThrow(() -> new IllegalStateException("beam search ended without a result"));
    }
}
