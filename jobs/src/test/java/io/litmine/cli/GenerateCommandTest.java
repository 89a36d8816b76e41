package io.litmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code litmine generate} on the tiny fixture model. */
class GenerateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path temp;

    @Test
    void printsEachGoodLineWithItsNewIdsAndNamesBadLinesByNumber() throws IOException {
        JsonNode goldens = JSON.readTree(fixture("goldens.json").toFile());
        StringBuilder input = new StringBuilder();
        for (JsonNode c : goldens.get("cases")) {
            input.append("{\"id\":")
                    .append(input.length())
                    .append(",\"input_ids\":")
                    .append(c.get("prompt_ids"))
                    .append("}\n");
        }
        input.insert(0, "{\"input_ids\": \"oops\"}\n");
        input.append("not json\n{\"input_ids\": [2, 99999]}\n");

        Run run =
                run(
                        input.toString(),
                        "--model-dir",
                        tinyModel().toString(),
                        "--max-new-tokens",
                        "24",
                        "--batch",
                        "4",
                        "--provider",
                        "cpu");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out.strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(6);
        for (int i = 0; i < 6; i++) {
            JsonNode c = goldens.get("cases").get(i);
            assertThat(lines.get(i).get("input_ids")).isEqualTo(c.get("prompt_ids"));
            assertThat(lines.get(i).get("new_ids")).isEqualTo(c.get("greedy_new_ids"));
            assertThat(lines.get(i).has("id")).isTrue();
        }
        assertThat(run.err)
                .contains("line 1: input_ids is missing or not an array")
                .contains("line 8: ")
                .contains("line 9: input_ids has id 99999 outside the vocabulary");
        assertThat(run.status).isEqualTo(1);
    }

    @Test
    void beamSearchFromTheCommandLineMatchesHuggingFace() throws IOException {
        JsonNode c = JSON.readTree(fixture("goldens.json").toFile()).get("cases").get(1);

        Run run =
                run(
                        "{\"input_ids\":" + c.get("prompt_ids") + "}\n",
                        "--model-dir",
                        tinyModel().toString(),
                        "--max-new-tokens",
                        "24",
                        "--beams",
                        "5",
                        "--provider",
                        "cpu");

        assertThat(JSON.readTree(run.out).get("new_ids")).isEqualTo(c.get("beam5_new_ids"));
        assertThat(run.status).isZero();
    }

    @Test
    void aMissingModelDirectoryIsOneLineOnStderr() {
        Run run = run("", "--model-dir", temp.resolve("nope").toString());

        assertThat(run.err.strip())
                .startsWith("litmine generate: model directory")
                .doesNotContain("\n");
        assertThat(run.status).isEqualTo(1);
    }

    private Path tinyModel() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("tiny"));
        if (!Files.exists(dir.resolve("model.onnx"))) {
            Files.copy(fixture("model.onnx"), dir.resolve("model.onnx"));
            Files.writeString(
                    dir.resolve("config.json"),
                    "{\"vocab_size\": 42384, \"hidden_size\": 32, \"num_hidden_layers\": 2,"
                            + " \"num_attention_heads\": 4, \"max_position_embeddings\": 512}");
        }
        return dir;
    }

    private static Path fixture(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("fixtures/biogpt-tiny"))) {
            dir = dir.getParent();
        }
        return dir.resolve("fixtures/biogpt-tiny").resolve(name);
    }

    private static Run run(String stdin, String... args) {
        InputStream original = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = Litmine.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            String[] full = new String[args.length + 1];
            full[0] = "generate";
            System.arraycopy(args, 0, full, 1, args.length);
            int status = cli.execute(full);
            return new Run(status, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    private record Run(int status, String out, String err) {}
}
