package io.litmine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code litmine eval} on the official fixture prediction sets: the printed figures must be the
 * official evaluator's (the full parity over every set is {@code OfficialEvaluationParityTest}).
 */
class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "kd-dti, kd-dti_test.json, drop10, 0.911130284728214, 0.895920812961365,"
                + " 0.9014664849031504",
        "ddi, ddi_test.json, spurious10, 0.8830241340254633, 1.0, 0.9246094026407929",
        "bc5cdr, bc5cdr_test.json, retype10, 0.876647834274953, 0.873358348968105,"
                + " 0.8750000000000001",
        "hoc, hoc_test.tsv, retype10, 0.900210687607738, 0.900210687607738, 0.900210687607738"
    })
    void printsTheOfficialFiguresOnItsLastLine(
            String task, String gold, String set, double p, double r, double f1) throws Exception {
        CliRun run =
                CliRun.of(
                        "",
                        "eval",
                        "--task",
                        task,
                        "--gold",
                        CliRun.repo("data/biogpt/" + gold).toString(),
                        "--pred",
                        CliRun.repo("fixtures/tasks/" + task + ".eval." + set + ".jsonl")
                                .toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        String[] lines = run.outLines();
        JsonNode report = JSON.readTree(lines[lines.length - 1]);
        assertThat(report.get("missing").asInt()).isZero();
        assertThat(report.get("precision").asDouble()).isCloseTo(p, within(5e-5));
        assertThat(report.get("recall").asDouble()).isCloseTo(r, within(5e-5));
        assertThat(report.get("f1").asDouble()).isCloseTo(f1, within(5e-5));
    }

    @Test
    void hocReportsTheBinarisedCounts() throws Exception {
        CliRun run =
                CliRun.of(
                        "",
                        "eval",
                        "--task",
                        "hoc",
                        "--gold",
                        CliRun.repo("data/biogpt/hoc_test.tsv").toString(),
                        "--pred",
                        CliRun.repo("fixtures/tasks/hoc.eval.all_empty_label.jsonl").toString());

        JsonNode report = JSON.readTree(run.outLines()[run.outLines().length - 1]);
        assertThat(report.get("tp").asInt()).isEqualTo(3452);
        assertThat(report.get("fp").asInt()).isEqualTo(1495);
        assertThat(report.get("fn").asInt()).isEqualTo(1769);
        assertThat(report.get("f1").asDouble()).isCloseTo(0.6789929189614476, within(5e-5));
    }

    @Test
    void bc5cdrWithoutPredictionsPrintsNullWhereTheJarPrintsNaN(@TempDir Path dir)
            throws Exception {
        Path pred = dir.resolve("pred.jsonl");
        Files.writeString(pred, "{\"id\": \"8701013\", \"generated\": \"no relation\"}\n");

        CliRun run = eval("bc5cdr", "bc5cdr_test.json", pred);

        JsonNode report = JSON.readTree(run.outLines()[run.outLines().length - 1]);
        assertThat(report.get("precision").isNull()).isTrue();
        assertThat(report.get("f1").isNull()).isTrue();
        assertThat(report.get("recall").asDouble()).isZero();
        assertThat(report.get("fn").asInt()).isEqualTo(1066);
        assertThat(report.get("missing").asInt()).isEqualTo(499);
    }

    @Test
    void badPredictionLinesAreNamedAndTheRestIsScored(@TempDir Path dir) throws Exception {
        List<String> lines =
                Files.readAllLines(
                        CliRun.repo("fixtures/tasks/ddi.eval.gold.jsonl"), StandardCharsets.UTF_8);
        String first = lines.get(0);
        lines.set(1, "{broken");
        lines.set(2, first);
        lines.set(3, "{\"id\": \"DDI-Nowhere.d1\", \"generated\": \"x\"}");
        lines.set(4, lines.get(4).replace("\"generated\"", "\"text\""));
        Path pred = dir.resolve("pred.jsonl");
        Files.write(pred, lines, StandardCharsets.UTF_8);

        CliRun run = eval("ddi", "ddi_test.json", pred);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("litmine eval: line 2: not valid JSON")
                .contains("litmine eval: line 3: a second prediction for id 'DDI-DrugBank.d700'")
                .contains("litmine eval: line 4: id 'DDI-Nowhere.d1' is not in ddi_test.json")
                .contains("litmine eval: line 5: no 'generated' field")
                .contains("4 of 191 test records have no prediction");
        JsonNode report = JSON.readTree(run.outLines()[run.outLines().length - 1]);
        assertThat(report.get("predictions").asInt()).isEqualTo(187);
        assertThat(report.get("f1").asDouble()).isCloseTo(187.0 / 191, within(1e-12));
    }

    @Test
    void missingPredictionFileIsAUsageErrorNamingIt() {
        CliRun run = eval("hoc", "hoc_test.tsv", Path.of("/nonexistent/pred.jsonl"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--pred /nonexistent/pred.jsonl: no such file");
    }

    @Test
    void goldFileOfAnotherTaskIsRejectedWithOneLineNamingIt() {
        CliRun run =
                eval(
                        "bc5cdr",
                        "kd-dti_test.json",
                        CliRun.repo("fixtures/tasks/bc5cdr.eval.gold.jsonl"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .startsWith("litmine eval: ")
                .contains("kd-dti_test.json: document 11169165 has no 'relations'")
                .doesNotContain("\n");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    private static CliRun eval(String task, String gold, Path pred) {
        return CliRun.of(
                "",
                "eval",
                "--task",
                task,
                "--gold",
                CliRun.repo("data/biogpt/" + gold).toString(),
                "--pred",
                pred.toString());
    }
}
