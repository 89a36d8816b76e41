package io.litmine.generation;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.litmine.model.ModelDims;
import io.litmine.model.SpecialIds;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of {@code search.onnx} returned: each row's sequence (the left-padded prompt, then
 * the new ids, then pad) and, for beam search, ONNX Runtime's score of the best beam.
 *
 * @param sequences rows × max_length
 * @param scores ONNX Runtime's beam scores per row, or null for greedy search
 * @param width the padded prompt length
 */
record SearchRun(int[][] sequences, float[] scores, int width) {

    static SearchRun read(OrtSession.Result result, boolean beam, int width) throws OrtException {
        if (!beam) {
            return new SearchRun(
                    (int[][]) result.get("sequences").orElseThrow().getValue(), null, width);
        }
        int[][][] sequences = (int[][][]) result.get("sequences").orElseThrow().getValue();
        float[][] scores = (float[][]) result.get("sequences_scores").orElseThrow().getValue();
        int[][] best = new int[sequences.length][];
        float[] bestScores = new float[sequences.length];
        for (int row = 0; row < sequences.length; row++) {
            best[row] = sequences[row][0];
            bestScores[row] = scores[row][0];
        }
        return new SearchRun(best, bestScores, width);
    }

    /**
     * The new ids of every row, in the step-wise engine's form: up to and including {@code </s>}; a
     * row stopped by its position cap ends in {@code </s>} (PromptRule).
     */
    List<Generation> generations(
            GenerationOptions options, List<int[]> prompts, ModelDims dims, SpecialIds ids) {
        List<Generation> results = new ArrayList<>();
        for (int row = 0; row < sequences.length; row++) {
            List<Integer> newIds = newIds(sequences[row], ids);
            int cap = PromptRule.positionCap(prompts.get(row).length, dims);
            if (newIds.size() == cap && cap < options.maxNewTokens() && last(newIds) != ids.eos()) {
                newIds.set(newIds.size() - 1, ids.eos());
            }
            results.add(new Generation(newIds, score(row, newIds, options, ids)));
        }
        return results;
    }

    /**
     * The ids after the prompt. A row that ends before max_length finished with {@code </s>}: the
     * greedy operator writes it, the beam operator leaves it out of a finished hypothesis; both pad
     * the rest ({@code <pad>} itself is never generated).
     */
    private List<Integer> newIds(int[] sequence, SpecialIds ids) {
        List<Integer> newIds = new ArrayList<>();
        for (int i = width; i < sequence.length; i++) {
            if (sequence[i] == ids.pad()) {
                if (newIds.isEmpty() || last(newIds) != ids.eos()) {
                    newIds.add(ids.eos());
                }
                break;
            }
            newIds.add(sequence[i]);
            if (sequence[i] == ids.eos()) {
                break;
            }
        }
        return newIds;
    }

    /**
     * Beam: Hugging Face's score (summed log-prob over new length^penalty, the step-wise engine's
     * {@link Beam}) from ONNX Runtime's, which divides by the whole sequence's length (padded
     * prompt included, final {@code </s>} excluded). Greedy: NaN, the operator returns no score.
     */
    private double score(int row, List<Integer> newIds, GenerationOptions options, SpecialIds ids) {
        if (scores == null) {
            return Double.NaN;
        }
        double penalty = options.lengthPenalty();
        int ortLength = width + newIds.size() - (last(newIds) == ids.eos() ? 1 : 0);
        double logProb = scores[row] * Math.pow(ortLength, penalty);
        return logProb / Math.pow(newIds.size(), penalty);
    }

    private static int last(List<Integer> ids) {
        return ids.get(ids.size() - 1);
    }
}
