package io.litmine.generation;

/**
 * One generation request's settings, with Hugging Face's meaning. {@code early_stopping} is always
 * false (BioGPT's and Hugging Face's default): beam search stops only when no running beam can beat
 * the finished ones at its current length.
 *
 * @param maxNewTokens cap on generated tokens per row, the final {@code </s>} included
 * @param numBeams 1 for greedy
 * @param lengthPenalty exponent of the generated length that divides a finished beam's log-prob
 */
public record GenerationOptions(int maxNewTokens, int numBeams, double lengthPenalty) {

    public GenerationOptions {
        if (maxNewTokens < 1) {
            throw new IllegalArgumentException("max new tokens must be >= 1, got " + maxNewTokens);
        }
        if (numBeams < 1) {
            throw new IllegalArgumentException("beams must be >= 1, got " + numBeams);
        }
        if (!Double.isFinite(lengthPenalty)) {
            throw new IllegalArgumentException("length penalty must be finite");
        }
    }

    /** Greedy decoding, BioGPT's setting. */
    public static GenerationOptions greedy(int maxNewTokens) {
        return new GenerationOptions(maxNewTokens, 1, 1.0);
    }

    /** Beam search with length penalty 1. */
    public static GenerationOptions beams(int maxNewTokens, int numBeams) {
        return new GenerationOptions(maxNewTokens, numBeams, 1.0);
    }
}
