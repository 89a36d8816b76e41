package io.litmine.tasks;

import java.util.ArrayList;
import java.util.List;

/**
 * How a fine-tuned BioGPT checkpoint expects its input: the names of its learned prompt tokens
 * (fairseq's {@code --learned-prompt N} encodes {@code "learned1 ... learnedN"}) and its source
 * budget ({@code --max-source-positions}). The ids of the tokens are not stated here: they come
 * from the model's vocabulary, see {@link PromptEncoder}.
 */
public record PromptSpec(List<String> learnedTokens, int maxSourceTokens) {
    public PromptSpec {
        learnedTokens = List.copyOf(learnedTokens);
        if (maxSourceTokens < 2) {
            throw new IllegalArgumentException(
                    "maxSourceTokens must be >= 2 (room for '...'), got " + maxSourceTokens);
        }
    }

    /** The fairseq prompt {@code learned1 ... learnedN}. */
    public static PromptSpec learned(int count, int maxSourceTokens) {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            names.add("learned" + k);
        }
        return new PromptSpec(names, maxSourceTokens);
    }
}
