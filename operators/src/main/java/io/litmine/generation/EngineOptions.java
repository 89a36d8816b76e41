package io.litmine.generation;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.util.Objects;

/**
 * How sessions are opened. Immutable and checked at construction; part of the key under which
 * sessions are shared, so two users asking for different settings are told so.
 *
 * @param provider where to run
 * @param intraOpThreads threads for one operator; 0 lets ONNX Runtime pick (one per core)
 * @param optimization graph optimisation level
 * @param spinning whether idle intra-op threads spin; faster on a dedicated machine, wasteful on a
 *     shared one
 */
public record EngineOptions(
        ExecutionProvider provider, int intraOpThreads, OptLevel optimization, boolean spinning) {

    /**
     * CUDA when it loads, else CPU; ONNX Runtime's thread count; all graph optimisations; no
     * spinning, because a TaskManager shares its cores with Flink's own threads (and on the shared
     * 2-core build machine spinning made a decode step 2-3 times slower; docs/engine.md).
     */
    public static final EngineOptions DEFAULT =
            new EngineOptions(ExecutionProvider.AUTO, 0, OptLevel.ALL_OPT, false);

    public EngineOptions {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(optimization, "optimization");
        if (intraOpThreads < 0) {
            throw new IllegalArgumentException(
                    "intra-op threads must be >= 0 (0 = ONNX Runtime's choice), got "
                            + intraOpThreads);
        }
    }

    public EngineOptions withProvider(ExecutionProvider value) {
        return new EngineOptions(value, intraOpThreads, optimization, spinning);
    }

    public EngineOptions withThreads(int value) {
        return new EngineOptions(provider, value, optimization, spinning);
    }
}
