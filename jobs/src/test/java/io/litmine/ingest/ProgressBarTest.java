package io.litmine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsFileBytesAndRecordsOnOneLineAndClearsIt() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), true);

        bar.startFile("pubmed25n1275.xml.gz", 2_000_000, 0);
        bar.update(1_000_000, 15_000);
        bar.clear();

        assertThat(out.toString())
                .startsWith(
                        "\rpubmed25n1275.xml.gz [============            ]  50% 1.0/2.0 MB 15,000 records ")
                .contains(" records/s ")
                .endsWith("\r\033[K")
                .doesNotContain("\n");
    }

    @Test
    void staysSilentOffATerminal() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), false);

        bar.startFile("a.xml", 10, 0);
        bar.update(5, 1);
        bar.clear();

        assertThat(out.toString()).isEmpty();
    }

    @Test
    void redrawsAtMostFiveTimesASecond() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), true);

        bar.startFile("a.xml", 10, 0);
        for (int i = 0; i < 1000; i++) {
            bar.update(5, i);
        }

        assertThat(out.toString().chars().filter(c -> c == '\r').count()).isBetween(1L, 3L);
    }
}
