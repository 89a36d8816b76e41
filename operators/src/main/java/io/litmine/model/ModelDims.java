package io.litmine.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The decoder's shape. The loader compares these with the ONNX graph, so a manifest that does not
 * describe its graph fails at load and not in the middle of a batch.
 *
 * @param vocabSize rows of the output projection (fine-tuned models add learned-prompt rows)
 * @param hidden model width d
 * @param layers decoder layers L (the graph has one key and one value cache per layer)
 * @param heads attention heads H
 * @param maxPositions positions the model can attend over, the leading {@code </s>} included
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModelDims(int vocabSize, int hidden, int layers, int heads, int maxPositions) {

    public ModelDims {
        requirePositive("vocab_size", vocabSize);
        requirePositive("hidden", hidden);
        requirePositive("layers", layers);
        requirePositive("heads", heads);
        requirePositive("max_positions", maxPositions);
        if (hidden % heads != 0) {
            throw new IllegalArgumentException(
                    "hidden " + hidden + " is not a multiple of heads " + heads);
        }
    }

    /** Width of one attention head: the last dimension of every key/value cache tensor. */
    public int headDim() {
        return hidden / heads;
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
