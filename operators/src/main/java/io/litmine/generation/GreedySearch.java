package io.litmine.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy decoding as a stateless step: the state and the logits of the rows that ran give the next
 * state. The highest logit wins (Hugging Face's and fairseq's argmax), pad excluded, {@code </s>}
 * forced at the position limit.
 */
final class GreedySearch {

    private GreedySearch() {}

    /**
     * Picks one id for every unfinished row.
     *
     * @param logits last-position logits per cache slot (slot s = {@code activeRows()[s]})
     */
    static GreedyState step(GreedyState state, float[][] logits, int eos, int pad) {
        List<RowProgress> rows = new ArrayList<>(state.rows());
        int[] active = state.activeRows();
        for (int slot = 0; slot < active.length; slot++) {
            RowProgress row = rows.get(active[slot]);
            float[] scores = logits[slot];
            int id = row.mustEnd() ? eos : TokenScores.argmax(scores, pad);
            double logProb = scores[id] - TokenScores.logSumExp(scores, pad);
            rows.set(active[slot], row.append(id, logProb, eos));
        }
        return new GreedyState(rows);
    }
}
