package io.litmine.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How the task model was meant to be decoded. BioGPT's tasks decode greedily (beam 1) until {@code
 * </s>}; the manifest records it so a job need not know.
 *
 * @param numBeams 1 for greedy
 * @param lengthPenalty Hugging Face's length penalty (exponent of the generated length)
 * @param maxNewTokens cap on generated tokens per document
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DecodingSettings(int numBeams, double lengthPenalty, int maxNewTokens) {

    /** BioGPT's inference setting: greedy, stop at {@code </s>} (the position limit caps it). */
    public static final DecodingSettings GREEDY = new DecodingSettings(1, 1.0, 1024);

    public DecodingSettings {
        if (numBeams < 1 || maxNewTokens < 1) {
            throw new IllegalArgumentException(
                    "decoding needs num_beams >= 1 and max_new_tokens >= 1, got "
                            + numBeams
                            + " and "
                            + maxNewTokens);
        }
    }
}
