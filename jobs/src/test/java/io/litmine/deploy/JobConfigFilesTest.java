package io.litmine.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.jobs.ConfigFiles;
import io.litmine.jobs.MiningOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The job configurations the deployments ship are read by the job's own parser, the one {@code
 * litmine run --config} uses: unknown keys, bad durations or task names would fail here.
 */
class JobConfigFilesTest {
    private static final Map<String, String> ENV =
            Map.of(MiningOptions.PASSWORD_ENV, "from-the-environment");

    @Test
    void composeJobConfigPointsAtTheComposeServices() throws Exception {
        MiningOptions options = load("docker/job.yaml");

        assertThat(options.kafka().bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(options.neo4j().uri()).isEqualTo("bolt://neo4j:7687");
        assertThat(options.neo4j().password()).isEqualTo("from-the-environment");
        assertThat(options.mining().modelsDir()).isEqualTo(Path.of("/opt/litmine/models"));
    }

    @Test
    void kubernetesJobConfigPointsAtTheClusterServices() throws Exception {
        MiningOptions options = load("deploy/config/job.yaml");

        assertThat(options.kafka().bootstrapServers())
                .isEqualTo("litmine-kafka-kafka-bootstrap.litmine.svc:9092");
        assertThat(options.neo4j().uri()).isEqualTo("bolt://neo4j.litmine.svc:7687");
        assertThat(options.mining().modelsDir()).isEqualTo(Path.of("/opt/litmine/models"));
        assertThat(options.kafka().articlesTopic()).isEqualTo("pubmed.articles");
    }

    private static MiningOptions load(String relative) throws Exception {
        return MiningOptions.from(ConfigFiles.load(Repo.path(relative), Map.of()), ENV);
    }
}
