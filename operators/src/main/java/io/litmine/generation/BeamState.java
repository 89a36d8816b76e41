package io.litmine.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a batched beam search stands. The cache holds the running beams of every prompt that is not
 * done, prompt by prompt, beam by beam; {@link #slotsOf} says which slots belong to whom.
 *
 * @param groups per prompt, in input order
 * @param generated ids generated so far by every running beam (they advance together)
 * @param numBeams beams per prompt
 * @param lengthPenalty Hugging Face's length penalty
 */
record BeamState(List<BeamGroup> groups, int generated, int numBeams, double lengthPenalty) {

    BeamState {
        groups = List.copyOf(groups);
    }

    /** The groups still searching, in order. */
    List<Integer> activeGroups() {
        List<Integer> active = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (!groups.get(g).done()) {
                active.add(g);
            }
        }
        return active;
    }

    /** Cache slots per active group: one before the first step (prefill rows), then numBeams. */
    int slotsPerGroup() {
        return generated == 0 ? 1 : numBeams;
    }

    boolean allDone() {
        return groups.stream().allMatch(BeamGroup::done);
    }
}
