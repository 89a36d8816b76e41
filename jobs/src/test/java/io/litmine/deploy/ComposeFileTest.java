package io.litmine.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/compose.yaml is accepted by {@code docker-compose config -q} (Debian's docker-compose
 * 1.29, which needs no Docker engine), plain and with the example settings, and a broken copy is
 * refused. Skips, saying so, where docker-compose is not installed.
 */
class ComposeFileTest {
    private static final Tool COMPOSE = new Tool("docker-compose");

    @TempDir Path scratch;

    @Test
    void composeFilePassesDockerComposeConfig() throws Exception {
        assumeCompose();

        Tool.Result result = COMPOSE.run(Repo.root(), "-f", "docker/compose.yaml", "config", "-q");

        assertThat(result.status()).as(result.output()).isZero();
    }

    @Test
    void withTheExampleSettingsNothingIsLeftUnset() throws Exception {
        assumeCompose();

        Tool.Result result =
                COMPOSE.run(
                        Repo.root(),
                        "--env-file",
                        "docker/.env.example",
                        "-f",
                        "docker/compose.yaml",
                        "--profile",
                        "gpu",
                        "config",
                        "-q");

        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("is not set");
    }

    @Test
    void aBrokenComposeFileIsRefused() throws Exception {
        assumeCompose();
        Path compose = scratch.resolve("compose.yaml");
        String text = Files.readString(Repo.path("docker/compose.yaml"));
        assertThat(text).contains("condition: service_healthy");
        Files.writeString(
                compose, text.replace("condition: service_healthy", "condition: healthy"));

        Tool.Result result = COMPOSE.run(scratch, "-f", compose.toString(), "config", "-q");

        assertThat(result.status()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("condition");
    }

    private static void assumeCompose() {
        if (!COMPOSE.installed()) {
            System.err.println(
                    "SKIPPED ComposeFileTest: docker-compose not installed"
                            + " (apt-get install docker-compose); docker/compose.yaml not checked");
        }
        assumeTrue(COMPOSE.installed(), "docker-compose is needed to check docker/compose.yaml");
    }
}
