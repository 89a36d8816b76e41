package io.litmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.operators.mining.TinyFixtureTaskModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code litmine extract} through the real path (tokenizer, task, ONNX Runtime) on the tiny
 * random-weight fixture. Its outputs mean nothing; the tests check the plumbing: order, fields,
 * batching, determinism, errors, and that the evaluation runs.
 */
class ExtractCommandTest {
    private static final String ARTICLES =
            "{\"pmid\":\"1\",\"title\":\"Imatinib inhibits BCR-ABL.\",\"abstract\":\"Imatinib"
                    + " is a tyrosine kinase inhibitor.\"}\n"
                    + "not json\n"
                    + "{\"pmid\":\"2\",\"title\":\"Aspirin and COX-1.\",\"abstract\":\"\"}\n"
                    + "{\"pmid\":\"3\",\"title\":\"\",\"abstract\":\"\"}\n";

    @TempDir Path dir;

    /**
     * The tiny fixture as a task model ({@link TinyFixtureTaskModel}: the vocabulary names the
     * learned prompt tokens inside its 42384 rows), or, as a base model, with the plain vocabulary.
     */
    private Path tinyModel(boolean learnedRows) throws IOException {
        Path tuned = TinyFixtureTaskModel.kdDti(CliRun.repo(""), dir.resolve("tuned"));
        if (learnedRows) {
            return tuned;
        }
        Path base = Files.createDirectories(dir.resolve("base"));
        for (String file : new String[] {"model.onnx", "config.json", "merges.txt"}) {
            Files.copy(tuned.resolve(file), base.resolve(file));
        }
        Files.copy(CliRun.repo("data/biogpt/vocab.json"), base.resolve("vocab.json"));
        return base;
    }

    @Test
    void extractsEachArticleInOrderAndNamesBadLines() throws IOException {
        Path model = tinyModel(true);
        String[] args = {
            "extract",
            "--task",
            "kd-dti",
            "--model-dir",
            model.toString(),
            "--provider",
            "cpu",
            "--max-new-tokens",
            "6",
            "--batch",
            "1"
        };

        CliRun run = CliRun.of(ARTICLES, args);

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains("litmine extract: line 2: not valid JSON")
                .contains("litmine extract: line 4: neither 'title' nor 'abstract' has text");
        String[] lines = run.outLines();
        assertThat(lines).hasSize(2);
        JsonNode first = JsonLines.MAPPER.readTree(lines[0]);
        JsonNode second = JsonLines.MAPPER.readTree(lines[1]);
        assertThat(first.get("pmid").asText()).isEqualTo("1");
        assertThat(second.get("pmid").asText()).isEqualTo("2");
        assertThat(first.get("generated").isTextual()).isTrue();
        assertThat(first.get("result").isArray()).isTrue();
        assertThat(CliRun.of(ARTICLES, args).out()).isEqualTo(run.out());
        String[] batched = args.clone();
        batched[batched.length - 1] = "8";
        assertThat(CliRun.of(ARTICLES, batched).out()).isEqualTo(run.out());
    }

    @Test
    void givesHocOneGenerationPerSentence() throws IOException {
        CliRun run =
                CliRun.of(
                        "{\"pmid\":\"9\",\"title\":\"A title.\",\"abstract\":\"One sentence."
                                + " Another sentence.\"}\n",
                        "extract",
                        "--task",
                        "hoc",
                        "--model-dir",
                        tinyModel(true).toString(),
                        "--provider",
                        "cpu",
                        "--max-new-tokens",
                        "4");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode line = JsonLines.MAPPER.readTree(run.outLines()[0]);
        assertThat(line.get("generated").isArray()).isTrue();
        assertThat(line.get("generated").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void evaluatesATestSetNextToThePapersFigure() throws IOException {
        CliRun run = extractOnGold("kd-dti", 4, 3, "data/biogpt/kd-dti_test.json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode report = lastLine(run);
        assertThat(report.get("task").asText()).isEqualTo("kd-dti");
        assertThat(report.get("records").asInt()).isEqualTo(1159);
        assertThat(report.get("predictions").asInt()).isEqualTo(3);
        assertThat(report.get("paper_f1").asDouble()).isEqualTo(38.42);
        assertThat(report.has("f1")).isTrue();
        assertThat(run.err()).contains("1156 of 1159 test records have no prediction");
    }

    @Test
    void scoresPromptsTheModelRefusesAsEmptyPredictionsAndCountsThem() throws IOException {
        // of DDI's first 16 test records, the 16th has 650 ids; the tiny fixture has 512 positions
        CliRun run = extractOnGold("ddi", 2, 16, "data/biogpt/ddi_test.json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode report = lastLine(run);
        assertThat(report.get("predictions").asInt()).isEqualTo(15);
        assertThat(report.get("refused").asInt()).isEqualTo(1);
        assertThat(run.err())
                .contains("the model refused 1 test records, scored as empty predictions")
                .contains("attends over at most 512 positions");
    }

    @Test
    void refusesABaseModelForATaskWithLearnedPrompts() throws IOException {
        CliRun run =
                CliRun.of(
                        ARTICLES,
                        "extract",
                        "--task",
                        "kd-dti",
                        "--model-dir",
                        tinyModel(false).toString(),
                        "--provider",
                        "cpu");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip())
                .startsWith(
                        "litmine extract: the kd-dti prompt needs embedding rows up to id 42392")
                .contains("it is not a kd-dti fine-tune")
                .doesNotContain("\n");
    }

    /** {@code extract --gold} with the tiny task model on the first {@code limit} test records. */
    private CliRun extractOnGold(String task, int newTokens, int limit, String testFile)
            throws IOException {
        return CliRun.of(
                "",
                "extract",
                "--task",
                task,
                "--model-dir",
                tinyModel(true).toString(),
                "--provider",
                "cpu",
                "--max-new-tokens",
                String.valueOf(newTokens),
                "--limit",
                String.valueOf(limit),
                "--gold",
                CliRun.repo(testFile).toString());
    }

    /** The report line {@code --gold} ends with. */
    private static JsonNode lastLine(CliRun run) throws IOException {
        String[] lines = run.outLines();
        return JsonLines.MAPPER.readTree(lines[lines.length - 1]);
    }
}
