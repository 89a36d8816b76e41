package io.litmine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.extract.TaskExtractor;
import io.litmine.extract.TaskExtractor.Extraction;
import io.litmine.generation.GenerationOptions;
import io.litmine.model.DecodingSettings;
import io.litmine.model.ModelDirectory;
import io.litmine.tasks.Article;
import io.litmine.tasks.BioGptTask;
import io.litmine.tasks.TaskResult;
import io.litmine.tasks.TestRecord;
import io.litmine.tasks.TestSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code litmine extract}: a task model run end to end, on articles from stdin or on a whole test
 * set with the official evaluation, next to the figure the BioGPT paper reports.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a task model on articles: JSON lines with pmid, title, abstract on stdin; each"
                    + " printed back with 'generated' and 'result'.",
            "With --gold TEST_FILE, runs the whole test set instead and prints the official"
                    + " metrics (as litmine eval) with the paper's figure on the last line."
        })
final class ExtractCommand implements Callable<Integer> {
    /** The paper's F1 (KD-DTI, DDI, BC5CDR: abstract of the BioGPT paper; HoC: unverified). */
    private static final Map<String, Double> PAPER_F1 =
            Map.of("kd-dti", 38.42, "ddi", 40.76, "bc5cdr", 44.98, "hoc", 85.12);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin EngineArgs engine;

    @Mixin TaskOption taskOption;

    @Option(
            names = "--gold",
            paramLabel = "TEST_FILE",
            description = "Evaluate on this test set (data/biogpt/<task>_test.json, hoc_test.tsv).")
    Path gold;

    @Option(
            names = "--batch",
            defaultValue = "8",
            description = "Prompts per generation batch. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(
            names = "--max-new-tokens",
            description = "Cap on generated ids per prompt. Default: the model's setting.")
    Integer maxNewTokens;

    @Option(names = "--limit", description = "With --gold: only the first N test records.")
    Integer limit;

    @Override
    public Integer call() throws IOException {
        BioGptTask<?> selected = taskOption.task();
        if (gold != null && !Files.isRegularFile(gold)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--gold " + gold + ": no such file");
        }
        return run(selected);
    }

    private <R extends TaskResult> int run(BioGptTask<R> selected) throws IOException {
        DecodingSettings settings = ModelDirectory.load(engine.modelDir).manifest().decoding();
        GenerationOptions decoding =
                new GenerationOptions(
                        maxNewTokens != null ? maxNewTokens : settings.maxNewTokens(),
                        settings.numBeams(),
                        settings.lengthPenalty());
        try (TaskExtractor<R> extractor =
                TaskExtractor.open(
                        selected,
                        engine.modelDir,
                        engine.options(),
                        engine.engine(),
                        decoding,
                        batch)) {
            return gold != null ? evaluate(extractor) : extractStdin(extractor);
        }
    }

    private <R extends TaskResult> int extractStdin(TaskExtractor<R> extractor) throws IOException {
        List<ObjectNode> lines = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        JsonLines input = new JsonLines(spec.qualifiedName(), spec.commandLine().getErr());
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        input.forEach(
                in,
                line -> {
                    articles.add(article(line));
                    lines.add(line.object());
                });
        List<Extraction<R>> extractions = extractor.extract(articles);
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode line = lines.get(i);
            Extraction<R> extraction = extractions.get(i);
            if (extraction.generated().size() == 1) {
                line.put("generated", extraction.generated().get(0));
            } else {
                ArrayNode generated = line.putArray("generated");
                extraction.generated().forEach(generated::add);
            }
            line.set("result", ResultJson.of(extraction.result()));
            out.println(JsonLines.write(line));
        }
        out.flush();
        return input.rejected() == 0 ? 0 : 1;
    }

    private static Article article(JsonLines.Line line) throws JsonLines.BadLine {
        String pmid = line.object().path("pmid").asText("");
        String title = line.object().path("title").asText("");
        String abstractText = line.object().path("abstract").asText("");
        if (title.isBlank() && abstractText.isBlank()) {
            throw new JsonLines.BadLine("neither 'title' nor 'abstract' has text");
        }
        return new Article(pmid, title, abstractText);
    }

    private <R extends TaskResult> int evaluate(TaskExtractor<R> extractor) throws IOException {
        TestSet<R> testSet = extractor.task().readTestSet(gold);
        List<TestRecord> records = testSet.records();
        if (limit != null) {
            records = records.subList(0, Math.min(limit, records.size()));
        }
        long start = System.nanoTime();
        Map<String, R> predictions = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (int from = 0; from < records.size(); from += batch) {
            List<TestRecord> chunk = records.subList(from, Math.min(from + batch, records.size()));
            predictChunk(extractor, chunk, predictions, refused);
        }
        if (!refused.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%s: the model refused %d test records, scored as empty predictions;"
                                    + " first: %s%n",
                            spec.qualifiedName(), refused.size(), refused.get(0));
        }
        int missing = testSet.records().size() - predictions.size() - refused.size();
        if (missing > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%s: %d of %d test records have no prediction (--limit) and count as"
                                    + " empty%n",
                            spec.qualifiedName(), missing, testSet.records().size());
        }
        ObjectNode report =
                EvalCommand.report(
                        extractor.task().name(),
                        testSet.records().size(),
                        predictions.size(),
                        testSet.score(predictions));
        report.put("paper_f1", PAPER_F1.get(extractor.task().name()));
        report.put("refused", refused.size());
        report.put("model_dir", engine.modelDir.toString());
        report.put("provider", extractor.provider());
        report.put("seconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
        PrintWriter out = spec.commandLine().getOut();
        out.println(JsonLines.write(report));
        out.flush();
        return 0;
    }

    /**
     * Predicts one batch of test records. A batch the model refuses (a prompt longer than its
     * positions, as the tiny fixture's 512) is retried record by record, and each record it still
     * refuses is scored as an empty prediction and named in {@code refused}: the metric then covers
     * the whole test set, as the official scripts' would with an empty output line.
     */
    private static <R extends TaskResult> void predictChunk(
            TaskExtractor<R> extractor,
            List<TestRecord> chunk,
            Map<String, R> predictions,
            List<String> refused) {
        try {
            List<Extraction<R>> extractions =
                    extractor.extractSources(chunk.stream().map(TestRecord::sources).toList());
            for (int i = 0; i < chunk.size(); i++) {
                predictions.put(chunk.get(i).id(), extractions.get(i).result());
            }
        } catch (IllegalArgumentException e) {
            if (chunk.size() > 1) {
                for (TestRecord record : chunk) {
                    predictChunk(extractor, List.of(record), predictions, refused);
                }
            } else {
                refused.add(chunk.get(0).id() + " (" + e.getMessage() + ")");
            }
        }
    }
}
