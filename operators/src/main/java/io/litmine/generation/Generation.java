package io.litmine.generation;

import java.util.List;

/**
 * What was generated for one prompt.
 *
 * @param newIds the ids after the prompt, up to and including the first {@code </s>} if one was
 *     generated
 * @param score greedy: the summed log-probability of the new ids; beam search: Hugging Face's
 *     sequence score (summed log-probability divided by length to the power of the length penalty)
 */
public record Generation(List<Integer> newIds, double score) {

    public Generation {
        newIds = List.copyOf(newIds);
    }
}
