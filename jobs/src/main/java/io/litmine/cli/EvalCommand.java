package io.litmine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.cli.JsonLines.BadLine;
import io.litmine.tasks.BioGptTask;
import io.litmine.tasks.TaskResult;
import io.litmine.tasks.TaskScores;
import io.litmine.tasks.TestRecord;
import io.litmine.tasks.TestSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code litmine eval}: scores generated texts on a task's test set with the official evaluation
 * (post-processing included), so figures compare directly with the paper's.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Scores generations on a test set exactly as the official BioGPT evaluators do.",
            "--pred holds JSON lines with 'id' and 'generated', one per test record. Prints one"
                    + " JSON object: precision, recall, f1 (kd-dti/ddi: the official 'tp p', 'tp"
                    + " r', 'tp micro f1' = the paper's F1; bc5cdr: the jar's Precision, Recall,"
                    + " F-score; hoc: micro-F1) and the evaluator's other figures. NaN is written"
                    + " as null.",
            "Bad lines are reported on stderr by line number and skipped; a test record without"
                    + " a prediction counts as an empty prediction. The exit status is 1 if any"
                    + " line was rejected."
        })
final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin TaskOption taskOption;

    @Option(
            names = "--gold",
            required = true,
            paramLabel = "TEST_FILE",
            description =
                    "The task's test file as staged in data/biogpt (kd-dti_test.json,"
                            + " ddi_test.json, bc5cdr_test.json, hoc_test.tsv).")
    Path gold;

    @Option(
            names = "--pred",
            required = true,
            paramLabel = "FILE",
            description = "JSON lines with 'id' and 'generated'.")
    Path pred;

    private int rejected;

    @Override
    public Integer call() throws IOException {
        BioGptTask<?> selected = taskOption.task();
        requireFile("--gold", gold);
        requireFile("--pred", pred);
        ObjectNode report = evaluate(selected);
        PrintWriter out = spec.commandLine().getOut();
        out.println(JsonLines.write(report));
        out.flush();
        return rejected == 0 ? 0 : 1;
    }

    private void requireFile(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " " + file + ": no such file");
        }
    }

    private <R extends TaskResult> ObjectNode evaluate(BioGptTask<R> selected) throws IOException {
        TestSet<R> testSet = selected.readTestSet(gold);
        Map<String, R> predictions = readPredictions(selected, testSet);
        int records = testSet.records().size();
        int missing = records - predictions.size();
        if (missing > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%s: %d of %d test records have no prediction and count as empty%n",
                            spec.qualifiedName(), missing, records);
        }
        return report(selected.name(), records, predictions.size(), testSet.score(predictions));
    }

    private <R extends TaskResult> Map<String, R> readPredictions(
            BioGptTask<R> selected, TestSet<R> testSet) throws IOException {
        Set<String> ids =
                testSet.records().stream().map(TestRecord::id).collect(Collectors.toSet());
        Map<String, R> predictions = new HashMap<>();
        JsonLines lines = new JsonLines(spec.qualifiedName(), spec.commandLine().getErr());
        try (BufferedReader in = Files.newBufferedReader(pred, StandardCharsets.UTF_8)) {
            lines.forEach(
                    in,
                    line -> {
                        String id = id(line);
                        String generated = line.text("generated");
                        if (!ids.contains(id)) {
                            throw new BadLine("id '" + id + "' is not in " + gold.getFileName());
                        }
                        if (predictions.containsKey(id)) {
                            throw new BadLine("a second prediction for id '" + id + "'");
                        }
                        predictions.put(id, selected.parse(generated));
                    });
        }
        rejected = lines.rejected();
        return predictions;
    }

    /** The record id; HoC sentence numbers may come as JSON numbers. */
    private static String id(JsonLines.Line line) throws BadLine {
        JsonNode id = line.object().get("id");
        if (id != null && id.isIntegralNumber()) {
            return id.asText();
        }
        return line.text("id");
    }

    static ObjectNode report(String task, int records, int predicted, TaskScores scores) {
        ObjectNode report = JsonLines.MAPPER.createObjectNode();
        report.put("task", task).put("records", records).put("predictions", predicted);
        report.put("missing", records - predicted);
        putNumber(report, "precision", scores.precision());
        putNumber(report, "recall", scores.recall());
        putNumber(report, "f1", scores.f1());
        scores.details().forEach((key, value) -> putNumber(report, key, value));
        return report;
    }

    private static void putNumber(ObjectNode report, String key, Number value) {
        if (value instanceof Integer count) {
            report.put(key, count);
        } else if (Double.isNaN(value.doubleValue())) {
            report.putNull(key);
        } else {
            report.put(key, value.doubleValue());
        }
    }
}
