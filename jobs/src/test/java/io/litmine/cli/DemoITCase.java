package io.litmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code litmine demo} end to end, as a newcomer runs it. */
class DemoITCase {
    @TempDir Path dataDir;

    @Test
    void ingestsTheBundledSampleIntoAnEmbeddedBrokerAndReportsIt() {
        CliRun run = CliRun.of("", "demo", "--data-dir", dataDir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("demo: Kafka is up at 127.0.0.1:")
                .contains("620 records (618 articles, 2 deletions) from 10 files")
                .contains(
                        "read back 620 records from pubmed.articles (3 partitions): 618 articles"
                                + " (537 with an abstract), 2 deletions, 617 distinct PMIDs");
    }
}
