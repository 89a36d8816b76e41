package io.litmine.generation;

import java.util.List;

/**
 * Figures of one {@link GenerationBenchmark} run (best repetition).
 *
 * @param provider where it ran
 * @param threads intra-op threads requested (0 = ONNX Runtime's choice)
 * @param batch prompts per batch
 * @param prompt tokens per prompt
 * @param newTokens tokens generated per prompt
 * @param prefillMs the prefill run
 * @param decodeMsPerStep mean of the decode steps
 * @param seconds the whole batch
 * @param docsPerSecond batch / seconds
 * @param newTokensPerSecond batch × newTokens / seconds
 * @param prefillGflops 2 × parameters × batch × prompt / prefill time
 * @param parameters parameter count used for the FLOP figure
 * @param weightReadMs time to read the weights' bytes once from memory (best of three)
 * @param row0NewIds the ids generated for row 0 (to compare with another engine)
 */
public record BenchmarkResult(
        String provider,
        int threads,
        int batch,
        int prompt,
        int newTokens,
        double prefillMs,
        double decodeMsPerStep,
        double seconds,
        double docsPerSecond,
        double newTokensPerSecond,
        double prefillGflops,
        long parameters,
        double weightReadMs,
        List<Integer> row0NewIds) {

    public BenchmarkResult {
        row0NewIds = List.copyOf(row0NewIds);
    }

    /** Decode step time over weight-read time: 1.0 is the memory-bandwidth bound at batch 1. */
    public double decodeOverWeightRead() {
        return decodeMsPerStep / weightReadMs;
    }
}
