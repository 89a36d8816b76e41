package io.litmine.generation;

/**
 * Stateless arithmetic on one row's next-token logits, shared by the searches. The ban on the pad
 * id is applied here, so it holds for every search (fairseq forces pad to -inf; BioGPT never
 * generates it).
 */
final class TokenScores {

    private TokenScores() {}

    /** The id with the highest logit other than {@code banned}; the lowest id wins a tie. */
    static int argmax(float[] logits, int banned) {
        int best = -1;
        float bestValue = Float.NEGATIVE_INFINITY;
        for (int id = 0; id < logits.length; id++) {
            if (id != banned && (best < 0 || logits[id] > bestValue)) {
                best = id;
                bestValue = logits[id];
            }
        }
        return best;
    }

    /** log Σ exp(logits) over every id except {@code banned}, computed stably in double. */
    static double logSumExp(float[] logits, int banned) {
        double max = Double.NEGATIVE_INFINITY;
        for (int id = 0; id < logits.length; id++) {
            if (id != banned) {
                max = Math.max(max, logits[id]);
            }
        }
        double sum = 0;
        for (int id = 0; id < logits.length; id++) {
            if (id != banned) {
                sum += Math.exp(logits[id] - max);
            }
        }
        return max + Math.log(sum);
    }
}
