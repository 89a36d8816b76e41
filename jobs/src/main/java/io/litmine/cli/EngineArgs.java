package io.litmine.cli;

import io.litmine.generation.EngineOptions;
import io.litmine.generation.ExecutionProvider;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that runs a model shares: where it is, where and how it runs. */
final class EngineArgs {

    @Option(
            names = "--model-dir",
            required = true,
            description = "Model directory: model.json or config.json, decoder, vocabulary.")
    Path modelDir;

    @Option(
            names = "--provider",
            defaultValue = "auto",
            description =
                    "auto (CUDA when it loads, else CPU), cpu, or cuda[:device]. Default: ${DEFAULT-VALUE}.")
    String provider;

    @Option(
            names = "--threads",
            defaultValue = "0",
            description = "Intra-op threads; 0 = one per core. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(
            names = "--spin",
            negatable = true,
            defaultValue = "false",
            description =
                    "Let idle intra-op threads spin between operators: faster on a machine of"
                            + " its own, slower on a shared one. Default: ${DEFAULT-VALUE}.")
    boolean spin;

    EngineOptions options() {
        return new EngineOptions(
                ExecutionProvider.parse(provider),
                threads,
                EngineOptions.DEFAULT.optimization(),
                spin);
    }
}
