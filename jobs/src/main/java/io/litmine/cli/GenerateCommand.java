package io.litmine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.generation.Generation;
import io.litmine.generation.GenerationOptions;
import io.litmine.generation.Generator;
import io.litmine.model.DecodingSettings;
import io.litmine.model.ModelDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litmine generate}: JSON lines with {@code input_ids} on stdin, each printed back with
 * {@code new_ids}. A bad line is reported on stderr with its number and reason and skipped; the
 * others are still processed, and the exit status is 1 if any line was bad.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate continuations of token ids (JSON lines with input_ids on stdin).")
final class GenerateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec CommandSpec spec;
    @Mixin EngineArgs engine;

    @Option(names = "--max-new-tokens", description = "Default: the model's decoding setting.")
    Integer maxNewTokens;

    @Option(names = "--beams", description = "1 = greedy. Default: the model's decoding setting.")
    Integer beams;

    @Option(
            names = "--batch",
            defaultValue = "8",
            description = "Prompts per batch. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Override
    public Integer call() throws IOException {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be >= 1, got " + batch);
        }
        ModelDirectory model = ModelDirectory.load(engine.modelDir);
        try (Generator generator = Generator.open(model, engine.options())) {
            return run(generator, options(model.manifest().decoding()));
        }
    }

    private GenerationOptions options(DecodingSettings defaults) {
        return new GenerationOptions(
                maxNewTokens != null ? maxNewTokens : defaults.maxNewTokens(),
                beams != null ? beams : defaults.numBeams(),
                defaults.lengthPenalty());
    }

    private int run(Generator generator, GenerationOptions options) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<ObjectNode> pending = new ArrayList<>();
        int bad = 0;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                pending.add(parse(line, generator));
            } catch (IllegalArgumentException | IOException e) {
                err.println("line " + lineNumber + ": " + e.getMessage());
                bad++;
            }
            if (pending.size() == batch) {
                flush(generator, options, pending, out);
            }
        }
        flush(generator, options, pending, out);
        err.flush();
        return bad == 0 ? 0 : 1;
    }

    private static ObjectNode parse(String line, Generator generator) throws IOException {
        JsonNode node = JSON.readTree(line);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        int[] ids = ids(object.get("input_ids"));
        generator.checkPrompt("input_ids", ids);
        return object;
    }

    private static int[] ids(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("input_ids is missing or not an array");
        }
        int[] ids = new int[array.size()];
        for (int i = 0; i < ids.length; i++) {
            JsonNode id = array.get(i);
            if (!id.isIntegralNumber() || !id.canConvertToInt()) {
                throw new IllegalArgumentException("input_ids[" + i + "] is not an integer: " + id);
            }
            ids[i] = id.asInt();
        }
        return ids;
    }

    private static void flush(
            Generator generator,
            GenerationOptions options,
            List<ObjectNode> pending,
            PrintWriter out) {
        if (pending.isEmpty()) {
            return;
        }
        List<int[]> prompts = pending.stream().map(n -> ids(n.get("input_ids"))).toList();
        List<Generation> results = generator.generate(prompts, options);
        for (int i = 0; i < pending.size(); i++) {
            ArrayNode newIds = pending.get(i).putArray("new_ids");
            results.get(i).newIds().forEach(newIds::add);
            out.println(pending.get(i).toString());
        }
        out.flush();
        pending.clear();
    }
}
