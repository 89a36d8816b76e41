package io.litmine.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * A beam: ids generated so far and their summed log-probability. A finished beam (a hypothesis)
 * also carries its length-normalised score.
 *
 * @param newIds generated ids
 * @param logProb summed log-probability
 * @param score {@code logProb / length^lengthPenalty} once finished; equal to {@code logProb} while
 *     running
 */
record Beam(List<Integer> newIds, double logProb, double score) {

    static final Beam EMPTY = new Beam(List.of(), 0, 0);

    Beam {
        newIds = List.copyOf(newIds);
    }

    Beam extend(int id, double newLogProb) {
        List<Integer> ids = new ArrayList<>(newIds);
        ids.add(id);
        return new Beam(ids, newLogProb, newLogProb);
    }

    /** This beam as a finished hypothesis, scored as Hugging Face does. */
    Beam finish(double lengthPenalty) {
        return new Beam(newIds, logProb, logProb / Math.pow(newIds.size(), lengthPenalty));
    }
}
