package io.litmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.schemas.TopicCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code litmine ingest --print}: the same records Kafka would get, without a broker. */
class IngestCommandTest {
    private static final Path PUBMED =
            Path.of(System.getProperty("litmine.home", "..")).resolve("data/pubmed");

    @TempDir Path dir;

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(TopicCodec.mapper().readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void printsOneJsonLinePerCitationAndDeletionOfTheMedlineFile() throws IOException {
        CliRun run =
                CliRun.of(
                        "",
                        "ingest",
                        "--print",
                        PUBMED.resolve("medline16n0902.xml.gz").toString());

        assertThat(run.status()).isZero();
        List<JsonNode> records = lines(run.out());
        Map<String, Long> types =
                records.stream()
                        .collect(
                                Collectors.groupingBy(
                                        n -> n.get("type").asText(), Collectors.counting()));
        assertThat(types).containsEntry("article", 604L).containsEntry("deletion", 1L);
        assertThat(run.err())
                .contains("ingest: 605 records (604 articles, 1 deletion) from 1 file to stdout")
                .contains("0 rejected");
    }

    @Test
    void printsEveryBundledFileInTheOrderGiven() throws IOException {
        CliRun run =
                CliRun.of(
                        "",
                        "ingest",
                        "--print",
                        PUBMED.resolve("pubmed25n0001.xml").toString(),
                        PUBMED.resolve("pubmed25n0002.xml").toString());

        List<JsonNode> records = lines(run.out());
        assertThat(records)
                .extracting(n -> n.get("type").asText() + ":" + n.get("pmid").asText())
                .containsExactly(
                        "article:1001",
                        "article:1002",
                        "article:1003",
                        "article:1001",
                        "deletion:1002");
        assertThat(records.get(3).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void namesBadRecordsPublishesTheRestAndExitsNonZero() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(
                bad,
                "<PubmedArticleSet>"
                        + "<PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>"
                        + "<PubmedArticle><MedlineCitation><Article/></MedlineCitation></PubmedArticle>"
                        + "<PubmedArticle><MedlineCitation><PMID>3</PMID></MedlineCitation></PubmedArticle>"
                        + "</PubmedArticleSet>");
        byte[] gz = Files.readAllBytes(PUBMED.resolve("medline16n0902.xml.gz"));
        Path truncated = dir.resolve("truncated.xml.gz");
        Files.write(truncated, Arrays.copyOf(gz, gz.length / 3));
        Path notPubmed = dir.resolve("other.xml");
        Files.writeString(notPubmed, "<html><body/></html>", StandardCharsets.UTF_8);

        CliRun run =
                CliRun.of(
                        "",
                        "ingest",
                        "--print",
                        bad.toString(),
                        truncated.toString(),
                        notPubmed.toString(),
                        dir.resolve("missing.xml").toString(),
                        PUBMED.resolve("pubmed4.xml").toString());

        assertThat(run.status()).isEqualTo(IngestCommand.EXIT_REJECTED);
        List<JsonNode> records = lines(run.out());
        assertThat(records.get(0).get("pmid").asText()).isEqualTo("1");
        assertThat(records.get(1).get("pmid").asText()).isEqualTo("3");
        assertThat(records.get(records.size() - 1).get("pmid").asText()).isEqualTo("27797938");
        assertThat(records.size()).isBetween(50, 300);
        assertThat(run.err())
                .contains("bad.xml: record 2: record without a PMID")
                .contains("truncated.xml.gz: stopped at record ")
                .contains("corrupt or truncated gzip stream")
                .contains("other.xml: stopped at record 1: unknown root element <html>")
                .contains("missing.xml: no such file")
                .contains("4 rejected")
                .doesNotContain("Exception");
    }

    @Test
    void explainsAMissingDestination() {
        CliRun run = CliRun.of("", "ingest", PUBMED.resolve("pubmed4.xml").toString());

        assertThat(run.status()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("give --bootstrap-servers HOST:PORT, or --print");
    }

    @Test
    void failsInOneLineWhenNoBrokerAnswers() {
        CliRun run =
                CliRun.of(
                        "",
                        "ingest",
                        "--bootstrap-servers",
                        "127.0.0.1:1",
                        "--topic-timeout-seconds",
                        "3",
                        PUBMED.resolve("pubmed4.xml").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip())
                .startsWith("litmine ingest: no Kafka broker answered at 127.0.0.1:1")
                .doesNotContain("\n");
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine root = Litmine.commandLine();
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CliRun run = CliRun.of("", name, "--help");
            assertThat(run.status()).as(name).isZero();
            assertThat(run.out()).as(name).contains("Usage: litmine " + name);
        }
    }
}
