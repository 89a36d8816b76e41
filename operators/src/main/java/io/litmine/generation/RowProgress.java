package io.litmine.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * One greedy row: what it generated so far and when it must stop.
 *
 * @param newIds generated ids
 * @param logProb their summed log-probability
 * @param finished whether the row is done (eos or cap reached)
 * @param cap the most ids the row may generate
 * @param eosAtCap whether the cap is the position limit, where {@code </s>} is forced
 */
record RowProgress(
        List<Integer> newIds, double logProb, boolean finished, int cap, boolean eosAtCap) {

    RowProgress {
        newIds = List.copyOf(newIds);
    }

    /** A row about to start, its cap from max_new_tokens and the position limit. */
    static RowProgress start(int maxNewTokens, int positionCap) {
        return new RowProgress(
                List.of(),
                0,
                false,
                Math.min(maxNewTokens, positionCap),
                positionCap <= maxNewTokens);
    }

    /** Whether the next id is the last the position limit allows, which must be {@code </s>}. */
    boolean mustEnd() {
        return eosAtCap && newIds.size() + 1 == cap;
    }

    RowProgress append(int id, double idLogProb, int eos) {
        List<Integer> ids = new ArrayList<>(newIds);
        ids.add(id);
        return new RowProgress(
                ids, logProb + idLogProb, id == eos || ids.size() >= cap, cap, eosAtCap);
    }
}
