package io.litmine.extract;

import io.litmine.model.ModelDirectory;
import java.util.Arrays;

/**
 * A fine-tuned BioGPT model has embedding rows for its learned prompt tokens beyond the base
 * vocabulary (42384 + N). A base model has none, and feeding it those ids would fail deep in ONNX
 * Runtime with an index error; this says plainly what is wrong instead.
 */
final class LearnedRows {
    private LearnedRows() {}

    static void check(String task, int[] learnedIds, ModelDirectory model) {
        int rows = model.manifest().dims().vocabSize();
        int highest = Arrays.stream(learnedIds).max().orElse(-1);
        if (highest >= rows) {
            throw new IllegalArgumentException(
                    "the "
                            + task
                            + " prompt needs embedding rows up to id "
                            + highest
                            + " for its learned prompt tokens, but "
                            + model.root()
                            + " has "
                            + rows
                            + ": it is not a "
                            + task
                            + " fine-tune (export one with tools/export_biogpt.py --task "
                            + task
                            + ")");
        }
    }
}
