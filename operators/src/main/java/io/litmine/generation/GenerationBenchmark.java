package io.litmine.generation;

import ai.onnxruntime.OrtException;
import io.litmine.model.ModelDims;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times prefill and decode steps of greedy generation the way the peer baseline ({@code
 * torch_baseline.py}) does: a batch of random prompts of equal length (ids from [4, V), first id
 * {@code </s>}), exactly {@code newTokens} forward passes (no stop at {@code </s>}), best of {@code
 * reps} repetitions after one warm-up.
 */
public final class GenerationBenchmark {

    private final Generator generator;

    public GenerationBenchmark(Generator generator) {
        this.generator = generator;
    }

    /** Runs the benchmark; {@code threads} is only reported (the session already has it). */
    public BenchmarkResult run(
            int batch, int prompt, int newTokens, int reps, long seed, int threads) {
        ModelDims dims = generator.model().manifest().dims();
        if (prompt + newTokens - 1 > dims.maxPositions()) {
            throw new IllegalArgumentException(
                    "prompt + new tokens exceed the model's " + dims.maxPositions() + " positions");
        }
        int[][] prompts = randomPrompts(batch, prompt, dims.vocabSize(), seed);
        DecoderRunner runner =
                new DecoderRunner(SessionFactory.environment(), generator.lease().session(), dims);
        try {
            Timing best = once(runner, prompts, newTokens, dims);
            for (int rep = 0; rep < reps; rep++) {
                best = best.min(once(runner, prompts, newTokens, dims));
            }
            return result(best, batch, prompt, newTokens, threads, dims);
        } catch (OrtException e) {
            throw new GenerationException("benchmark run failed: " + e.getMessage(), e);
        }
    }

    private BenchmarkResult result(
            Timing t, int batch, int prompt, int newTokens, int threads, ModelDims dims) {
        long parameters = parameters(dims);
        double seconds = t.totalNanos / 1e9;
        double prefillSeconds = t.prefillNanos / 1e9;
        return new BenchmarkResult(
                generator.provider(),
                threads,
                batch,
                prompt,
                newTokens,
                t.prefillNanos / 1e6,
                newTokens > 1 ? t.decodeNanos / 1e6 / (newTokens - 1) : 0,
                seconds,
                batch / seconds,
                batch * (double) newTokens / seconds,
                2.0 * parameters * batch * prompt / prefillSeconds / 1e9,
                parameters,
                WeightRead.bestMillis(
                        parameters * Float.BYTES,
                        threads > 0 ? threads : Runtime.getRuntime().availableProcessors()),
                t.row0);
    }

    /**
     * BioGPT's parameter count from its dims, with the feed-forward width 4·d of both released
     * sizes: tied token embedding, position table (+2 rows), per layer q/k/v/o and the two FFN
     * matrices with biases and two layer norms, and the final layer norm. Base: 346.8 M.
     */
    static long parameters(ModelDims dims) {
        long d = dims.hidden();
        long ff = 4 * d;
        long layer = 4 * d * d + 4 * d + 2 * d * ff + ff + d + 4 * d;
        return dims.vocabSize() * d
                + (dims.maxPositions() + 2L) * d
                + dims.layers() * layer
                + 2 * d;
    }

    private Timing once(DecoderRunner runner, int[][] prompts, int newTokens, ModelDims dims)
            throws OrtException {
        int batch = prompts.length;
        int pad = generator.model().manifest().specialIds().pad();
        float[][] logits = new float[batch][dims.vocabSize()];
        int[] pads = new int[batch];
        long start = System.nanoTime();
        runner.prefill(prompts, pads, batch, prompts[0].length + newTokens, logits);
        long prefill = System.nanoTime() - start;
        List<Integer> row0 = new ArrayList<>();
        int[] tokens = new int[batch];
        for (int step = 0; step < newTokens; step++) {
            for (int row = 0; row < batch; row++) {
                tokens[row] = TokenScores.argmax(logits[row], pad);
            }
            row0.add(tokens[0]);
            if (step + 1 < newTokens) {
                runner.decode(tokens, pads, logits);
            }
        }
        long total = System.nanoTime() - start;
        return new Timing(prefill, total - prefill, total, row0);
    }

    static int[][] randomPrompts(int batch, int length, int vocab, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] prompts = new int[batch][length];
        for (int[] row : prompts) {
            for (int i = 0; i < length; i++) {
                row[i] = i == 0 ? 2 : random.nextInt(4, vocab);
            }
        }
        return prompts;
    }

    /** Nanoseconds of one repetition. */
    private record Timing(
            long prefillNanos, long decodeNanos, long totalNanos, List<Integer> row0) {
        Timing min(Timing other) {
            return other.totalNanos < totalNanos ? other : this;
        }
    }
}
