package io.litmine.generation;

import io.litmine.model.ModelDims;
import java.util.List;

/**
 * The stated rule for prompts against the model's position limit M (1024 for BioGPT), taken from
 * fairseq's generator, which BioGPT's official inference uses (biogpt-spec.md §3.0 step 5):
 *
 * <ul>
 *   <li>A prompt longer than M tokens is refused with an exception naming its row: cutting it here
 *       would silently change the task's input, and the task already truncates its source to {@code
 *       max_source_tokens} with its own marker.
 *   <li>A prompt of L ≤ M tokens may generate at most M − L + 1 tokens, so no forward pass sees
 *       more than M positions; if that cap (and not {@code max_new_tokens}) is reached, the last
 *       token is forced to {@code </s>}, as fairseq does.
 * </ul>
 *
 * Empty prompts and ids outside the vocabulary are refused too; they would otherwise reach native
 * code.
 */
final class PromptRule {

    private PromptRule() {}

    /** Checks every prompt; the message names the first bad row. */
    static void check(List<int[]> prompts, ModelDims dims) {
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("no prompts given");
        }
        for (int row = 0; row < prompts.size(); row++) {
            checkRow("prompt " + row, prompts.get(row), dims);
        }
    }

    static void checkRow(String label, int[] prompt, ModelDims dims) {
        if (prompt.length == 0) {
            throw new IllegalArgumentException(label + " is empty");
        }
        if (prompt.length > dims.maxPositions()) {
            throw new IllegalArgumentException(
                    label
                            + " has "
                            + prompt.length
                            + " tokens but the model attends over at most "
                            + dims.maxPositions()
                            + " positions; truncate the source first");
        }
        for (int id : prompt) {
            if (id < 0 || id >= dims.vocabSize()) {
                throw new IllegalArgumentException(
                        label + " has id " + id + " outside the vocabulary of " + dims.vocabSize());
            }
        }
    }

    /** Tokens a prompt of this length may generate before the position limit ends it. */
    static int positionCap(int promptLength, ModelDims dims) {
        return dims.maxPositions() - promptLength + 1;
    }

    /**
     * The most tokens any row of the batch may generate: what the cache must hold beyond the padded
     * prompt length (sizing it by max_new_tokens alone would reserve memory for tokens the position
     * limit never allows).
     */
    static int longestRun(List<int[]> prompts, int maxNewTokens, ModelDims dims) {
        return prompts.stream()
                .mapToInt(p -> Math.min(maxNewTokens, positionCap(p.length, dims)))
                .max()
                .orElse(0);
    }
}
