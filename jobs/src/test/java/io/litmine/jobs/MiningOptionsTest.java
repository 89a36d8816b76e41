package io.litmine.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiningOptionsTest {
    private static final Map<String, String> ENV = Map.of(MiningOptions.PASSWORD_ENV, "s3cret-pw");

    @TempDir Path dir;

    @Test
    void defaultsApplyWithoutAFile() throws Exception {
        MiningOptions options = MiningOptions.from(ConfigFiles.load(null, Map.of()), ENV);

        assertThat(options.kafka().articlesTopic()).isEqualTo("pubmed.articles");
        assertThat(options.sink().batchSize()).isEqualTo(200);
        assertThat(options.corroborationThreshold()).isEqualTo(3);
        assertThat(options.mining().tasks()).containsExactly("kd-dti");
    }

    @Test
    void yamlNestedKeysAndOverridesCombineWithOverridesWinning() throws Exception {
        Path yaml = dir.resolve("job.yaml");
        Files.writeString(
                yaml,
                "kafka:\n  bootstrap-servers: broker:9092\n  bounded: true\n"
                        + "sink:\n  batch-size: 50\n  max-wait: 5 s\n"
                        + "mining:\n  tasks: [kd-dti, ddi]\n");

        MiningOptions options =
                MiningOptions.from(ConfigFiles.load(yaml, Map.of("sink.batch-size", "7")), ENV);

        assertThat(options.kafka().bootstrapServers()).isEqualTo("broker:9092");
        assertThat(options.kafka().bounded()).isTrue();
        assertThat(options.sink().batchSize()).isEqualTo(7);
        assertThat(options.sink().maxWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.mining().tasks()).containsExactly("kd-dti", "ddi");
    }

    @Test
    void thePasswordNeverAppearsInToString() throws Exception {
        MiningOptions options = MiningOptions.from(ConfigFiles.load(null, Map.of()), ENV);

        assertThat(options.toString()).doesNotContain("s3cret-pw").contains("password=***");
    }

    @Test
    void anUnknownKeyIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ConfigFiles.load(null, Map.of("sink.batchsize", "3")))
                .hasMessageContaining("unknown setting 'sink.batchsize'")
                .hasMessageContaining("sink.batch-size");
    }

    @Test
    void aMissingPasswordIsAClearError() {
        assertThatThrownBy(() -> MiningOptions.from(ConfigFiles.load(null, Map.of()), Map.of()))
                .hasMessageContaining(MiningOptions.PASSWORD_ENV);
    }

    @Test
    void anUnknownTaskIsRefused() {
        assertThatThrownBy(
                        () ->
                                MiningOptions.from(
                                        ConfigFiles.load(
                                                null, Map.of("mining.tasks", "kd-dti;foo")),
                                        ENV))
                .hasMessageContaining("unknown task 'foo'");
    }
}
