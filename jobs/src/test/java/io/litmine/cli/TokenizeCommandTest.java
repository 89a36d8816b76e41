package io.litmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenizeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream originalIn = System.in;
    private final PrintStream originalOut = System.out;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void redirectStdout() {
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setIn(originalIn);
        System.setOut(originalOut);
    }

    @Test
    void writesInputFieldsPlusIdsTokensAndDecodedTextInInputOrder() throws Exception {
        int status =
                run(
                        "{\"id\": \"a\", \"text\": \"COVID-19 is\"}\n"
                                + "\n"
                                + "{\"text\": \"Alzheimer’s disease\", \"id\": \"b\"}\n",
                        "--strict");

        List<JsonNode> lines = outputLines();
        assertThat(status).isZero();
        assertThat(stderr.toString()).isEmpty();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        assertThat(lines.get(0).get("input_ids").toString()).isEqualTo("[2,4805,9,656,21]");
        assertThat(lines.get(0).get("tokens").toString())
                .isEqualTo("[\"COVID</w>\",\"@-@</w>\",\"19</w>\",\"is</w>\"]");
        assertThat(lines.get(0).get("decoded").asText()).isEqualTo("COVID-19 is");
        assertThat(lines.get(1).get("id").asText()).isEqualTo("b");
        // strict: ’ is not in the vocabulary, becomes <unk> (3) and decodes to nothing
        assertThat(lines.get(1).get("input_ids").toString()).contains(",3,");
        assertThat(lines.get(1).get("decoded").asText()).isEqualTo("Alzheimer s disease");
    }

    @Test
    void pubmedModeIsTheDefault() throws Exception {
        assertThat(run("{\"text\": \"Alzheimer’s disease\"}\n")).isZero();
        assertThat(outputLines().get(0).get("decoded").asText()).isEqualTo("Alzheimer's disease");
    }

    @Test
    void badLinesAreReportedWithTheirNumberWhileTheOthersAreStillWritten() throws Exception {
        int status =
                run(
                        "{\"text\": \"first\"}\n"
                                + "not json\n"
                                + "{\"id\": 3}\n"
                                + "{\"text\": 42}\n"
                                + "[1]\n"
                                + "{\"text\": \"last\"}\n");

        assertThat(status).isEqualTo(1);
        assertThat(outputLines())
                .extracting(line -> line.get("text").asText())
                .containsExactly("first", "last");
        assertThat(stderr.toString())
                .contains("litmine tokenize: line 2: not valid JSON")
                .contains("litmine tokenize: line 3: no \"text\" field")
                .contains("litmine tokenize: line 4: \"text\" is NUMBER, not a string")
                .contains("litmine tokenize: line 5: not a JSON object")
                .contains("litmine tokenize: 4 of 6 lines rejected");
    }

    @Test
    void aMissingVocabularyDirectoryIsOneLineOnStderr(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        System.setIn(new ByteArrayInputStream(new byte[0]));
        int status =
                Litmine.commandLine()
                        .setErr(new PrintWriter(stderr))
                        .execute("tokenize", "--vocab-dir", dir.toString());

        assertThat(status).isEqualTo(1);
        assertThat(stderr.toString().strip())
                .startsWith("litmine tokenize: tokenizer file")
                .contains("vocab.json")
                .doesNotContain("\n");
    }

    private int run(String input, String... options) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        List<String> args = new ArrayList<>(List.of("tokenize", "--vocab-dir", biogptDir()));
        args.addAll(List.of(options));
        return Litmine.commandLine()
                .setErr(new PrintWriter(stderr))
                .execute(args.toArray(String[]::new));
    }

    private List<JsonNode> outputLines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static String biogptDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("data/biogpt"))) {
                return dir.resolve("data/biogpt").toString();
            }
        }
        throw new IllegalStateException("no data/biogpt above the working directory");
    }
}
