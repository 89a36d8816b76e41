package io.litmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code litmine demo} end to end, as a newcomer runs it: embedded Kafka and Neo4j, the bundled
 * sample and test-set articles, the job on a MiniCluster with the committed demonstration models
 * (models/demo); then a second run on the same data directory, which must add nothing; then {@code
 * litmine query stats} on the same folder.
 */
class DemoITCase {
    @TempDir Path dataDir;

    @Test
    void runsThePipelineOnTheSampleAndASecondRunAddsNothing() throws Exception {
        CliRun first = CliRun.of("", "demo", "--data-dir", dataDir.toString(), "--json");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("demo: Kafka is up at 127.0.0.1:")
                .contains("demo: Neo4j is up at bolt://127.0.0.1:")
                .contains("644 records (642 articles, 2 deletions) from 11 files")
                .contains("demonstration models kd-dti, ddi, hoc")
                .contains("Q1. Which drug-target claims have the most evidence?");
        JsonNode summary = lastLineJson(first.out());
        long articles = summary.get("articles").asLong();
        long deadLetters = summary.get("deadLetters").asLong();
        // 641 PMIDs, 2 of them deleted: every other one is either an article in the graph or a
        // dead letter (81 have no abstract)
        assertThat(articles + deadLetters).isEqualTo(639);
        assertThat(deadLetters).isGreaterThanOrEqualTo(81);
        // the demo models answer in their tasks' format, so the graph has claims
        assertThat(summary.get("claims").asLong()).isPositive();

        CliRun second = CliRun.of("", "demo", "--data-dir", dataDir.toString(), "--json");

        assertThat(second.status()).as(second.err()).isZero();
        JsonNode again = lastLineJson(second.out());
        assertThat(again.get("articles").asLong()).isEqualTo(articles);
        assertThat(again.get("claims").asLong()).isEqualTo(summary.get("claims").asLong());
        assertThat(again.get("newClaims").asLong()).isZero();
        assertThat(again.get("alerts").get("NEW_CLAIM").asLong()).isZero();

        CliRun stats = CliRun.of("", "query", "--data-dir", dataDir.toString(), "--json", "stats");

        assertThat(stats.status()).as(stats.err()).isZero();
        JsonNode row = new ObjectMapper().readTree(stats.out()).get(0);
        assertThat(row.get("articles").asLong()).isEqualTo(articles);
        assertThat(row.get("deletedArticles").asLong()).isEqualTo(2);
    }

    private static JsonNode lastLineJson(String out) throws Exception {
        List<String> lines = out.lines().toList();
        return new ObjectMapper().readTree(lines.get(lines.size() - 1));
    }
}
