package io.litmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void kdDtiLinesGetTriplesInTextOrderWithDuplicatesAndEmptyWhenFailed() throws Exception {
        String stdin =
                "{\"pmid\": \"1\", \"generated\": \"the interaction between a and b is"
                        + " inhibitor; the interaction between a and b is inhibitor.\"}\n"
                        + "{\"generated\": \"nothing useful\"}\n";

        CliRun run = CliRun.of(stdin, "parse", "--task", "kd-dti");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        String[] lines = run.outLines();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("pmid").asText()).isEqualTo("1");
        assertThat(first.get("result").toString())
                .isEqualTo("[[\"a\",\"b\",\"inhibitor\"],[\"a\",\"b\",\"inhibitor\"]]");
        assertThat(JSON.readTree(lines[1]).get("result").toString()).isEqualTo("[]");
    }

    @Test
    void ddiPutsTheSecondDrugInTheMiddle() throws Exception {
        CliRun run =
                CliRun.of(
                        "{\"generated\": \"the interaction between x and y is effect.\"}\n",
                        "parse",
                        "--task",
                        "ddi");

        assertThat(JSON.readTree(run.outLines()[0]).get("result").toString())
                .isEqualTo("[[\"x\",\"y\",\"effect\"]]");
    }

    @Test
    void bc5cdrWithEntitiesAddsIdsLookedUpLikeTheOfficialScript() throws Exception {
        String stdin =
                "{\"generated\": \"the relation between famotidine and delirium exists; the"
                        + " relation between famotidine and unknown thing exists.\"}\n";

        CliRun run =
                CliRun.of(
                        stdin,
                        "parse",
                        "--task",
                        "bc5cdr",
                        "--entities",
                        CliRun.repo("data/biogpt/bc5cdr_test.entities.json").toString());

        JsonNode line = JSON.readTree(run.outLines()[0]);
        assertThat(line.get("result").toString())
                .isEqualTo("[[\"famotidine\",\"delirium\"],[\"famotidine\",\"unknown thing\"]]");
        assertThat(line.get("ids").toString())
                .isEqualTo("[[\"D015738\",\"D003693\"],[\"D015738\",\"-1\"]]");
    }

    @Test
    void hocLinesGetTheirKnownLabels() throws Exception {
        CliRun run =
                CliRun.of(
                        "{\"generated\": \"the type of this document is resisting cell death |"
                                + " inducing angiogenesis.\"}\n",
                        "parse",
                        "--task",
                        "hoc");

        assertThat(JSON.readTree(run.outLines()[0]).get("result").toString())
                .isEqualTo("[\"resisting cell death\",\"inducing angiogenesis\"]");
    }

    @Test
    void badLinesAreNamedByNumberAndReasonWhileTheOthersAreStillParsed() throws Exception {
        String stdin =
                "{\"generated\": \"the interaction between a and b is c\"}\n"
                        + "not json\n"
                        + "\n"
                        + "{\"text\": \"no generated field\"}\n"
                        + "[1, 2]\n"
                        + "{\"generated\": 5}\n"
                        + "{\"generated\": \"the interaction between d and e is f\"}\n";

        CliRun run = CliRun.of(stdin, "parse", "--task", "kd-dti");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.err())
                .contains("litmine parse: line 2: not valid JSON")
                .contains("litmine parse: line 4: no 'generated' field")
                .contains("litmine parse: line 5: not a JSON object")
                .contains("litmine parse: line 6: 'generated' is not a string");
        assertThat(run.err()).doesNotContain("line 1:").doesNotContain("line 3:");
    }

    @Test
    void nonAsciiTextRoundTripsAsJsonEscapes() throws Exception {
        CliRun run =
                CliRun.of(
                        "{\"generated\": \"the interaction between \u03b2-caroten and r\u00e9cepteur"
                                + " is inhibitor\"}\n",
                        "parse",
                        "--task",
                        "kd-dti");

        assertThat(run.out()).contains("\\u03B2-caroten").doesNotContain("\u03b2");
        assertThat(JSON.readTree(run.outLines()[0]).get("result").get(0).get(1).asText())
                .isEqualTo("r\u00e9cepteur");
    }

    @Test
    void unknownTaskIsAUsageErrorListingTheTasks() {
        CliRun run = CliRun.of("", "parse", "--task", "qa");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown task 'qa'").contains("kd-dti, ddi, bc5cdr, hoc");
    }

    @Test
    void entitiesWithAnotherTaskIsAUsageError() {
        CliRun run = CliRun.of("", "parse", "--task", "hoc", "--entities", "x.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--entities applies to --task bc5cdr only");
    }
}
