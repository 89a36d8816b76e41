package io.litmine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.generation.BenchmarkResult;
import io.litmine.generation.GenerationBenchmark;
import io.litmine.generation.Generator;
import io.litmine.model.ModelDirectory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litmine bench generate}: prefill and decode timings of greedy generation on random
 * prompts, comparable with {@code tools/torch_baseline.py}. Prints one JSON line.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Time prefill and decode steps on random prompts; prints one JSON line.")
final class BenchGenerateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec CommandSpec spec;
    @Mixin EngineArgs engine;

    @Option(names = "--batch", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(
            names = "--prompt",
            defaultValue = "384",
            description = "Prompt tokens. Default: ${DEFAULT-VALUE}.")
    int prompt;

    @Option(
            names = "--new",
            defaultValue = "48",
            description = "New tokens. Default: ${DEFAULT-VALUE}.")
    int newTokens;

    @Option(
            names = "--reps",
            defaultValue = "2",
            description =
                    "Timed repetitions after one warm-up; the best is printed. Default: ${DEFAULT-VALUE}.")
    int reps;

    @Option(
            names = "--seed",
            defaultValue = "0",
            description = "Seed of the random prompts. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() {
        if (batch < 1 || prompt < 1 || newTokens < 1 || reps < 0) {
            throw new IllegalArgumentException(
                    "--batch, --prompt and --new must be >= 1, --reps >= 0");
        }
        ModelDirectory model = ModelDirectory.load(engine.modelDir);
        try (Generator generator = Generator.open(model, engine.options())) {
            BenchmarkResult r =
                    new GenerationBenchmark(generator)
                            .run(batch, prompt, newTokens, reps, seed, engine.threads);
            spec.commandLine().getOut().println(toJson(r));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static String toJson(BenchmarkResult r) {
        ObjectNode line = JSON.createObjectNode();
        line.put("engine", "litmine-onnxruntime");
        line.put("provider", r.provider());
        line.put("threads", r.threads());
        line.put("batch", r.batch());
        line.put("prompt", r.prompt());
        line.put("new", r.newTokens());
        line.put("prefill_ms", round(r.prefillMs(), 1));
        line.put("decode_ms_per_step", round(r.decodeMsPerStep(), 2));
        line.put("seconds", round(r.seconds(), 3));
        line.put("docs_per_s", round(r.docsPerSecond(), 3));
        line.put("new_tokens_per_s", round(r.newTokensPerSecond(), 2));
        line.put("prefill_gflops", round(r.prefillGflops(), 1));
        line.put("parameters", r.parameters());
        line.put("weight_read_ms", round(r.weightReadMs(), 1));
        line.put("decode_over_weight_read", round(r.decodeOverWeightRead(), 2));
        r.row0NewIds().forEach(line.putArray("row0_new_ids")::add);
        return line.toString();
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
