package io.litmine.generation;

import ai.onnxruntime.OrtException;
import io.litmine.model.ModelDims;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link GenerationBenchmark}'s measurement for the in-graph search: the same random prompts and
 * exactly {@code newTokens} new ids per row ({@code </s>} is forbidden until then through the
 * operator's min_length). The operator runs the loop inside one call, so prefill is timed as a run
 * that generates one token, and a decode step as the rest of a full run divided by its steps.
 */
public final class SearchBenchmark {

    private final InGraphSearch search;

    public SearchBenchmark(InGraphSearch search) {
        this.search = search;
    }

    /** Runs the benchmark; {@code threads} is only reported (the session already has it). */
    public BenchmarkResult run(
            int batch, int prompt, int newTokens, int reps, long seed, int threads) {
        ModelDims dims = search.model().manifest().dims();
        if (prompt + newTokens - 1 > dims.maxPositions()) {
            throw new IllegalArgumentException(
                    "prompt + new tokens exceed the model's " + dims.maxPositions() + " positions");
        }
        int[][] prompts = GenerationBenchmark.randomPrompts(batch, prompt, dims.vocabSize(), seed);
        LeftPadded padded = new LeftPadded(prompts, new int[batch], prompt);
        try {
            long prefill = best(padded, 1, reps);
            List<Integer> row0 = new ArrayList<>();
            long total = best(padded, newTokens, reps, row0);
            return GenerationBenchmark.result(
                    search.provider(),
                    new long[] {prefill, Math.max(0, total - prefill), total},
                    batch,
                    prompt,
                    newTokens,
                    threads,
                    dims,
                    row0);
        } catch (OrtException e) {
            throw new GenerationException("search benchmark run failed: " + e.getMessage(), e);
        }
    }

    private long best(LeftPadded padded, int newTokens, int reps) throws OrtException {
        return best(padded, newTokens, reps, new ArrayList<>());
    }

    private long best(LeftPadded padded, int newTokens, int reps, List<Integer> row0)
            throws OrtException {
        GenerationOptions options = GenerationOptions.greedy(newTokens);
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep <= reps; rep++) {
            long start = System.nanoTime();
            SearchRun run = search.run(padded, newTokens, options, newTokens);
            best = Math.min(best, System.nanoTime() - start);
            row0.clear();
            int[] sequence = run.sequences()[0];
            Arrays.stream(sequence, padded.length(), sequence.length).forEach(row0::add);
        }
        return best;
    }
}
