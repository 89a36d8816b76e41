package io.litmine.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes manifests (deploy/), the compose file and the Dockerfile (docker/) pass the
 * offline validator deploy/validate/validate.mjs: Kubernetes schemas for the built-in kinds, the
 * operators' required fields for FlinkDeployment and Strimzi, and agreement with the pom's
 * versions, the job's options, environment variables and flags. Needs node and npm; skips, saying
 * so, without them.
 */
class DeploymentManifestsTest {
    private static final Tool NODE = new Tool("node");
    private static final Tool NPM = new Tool("npm");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) documents validated");

    @TempDir Path scratch;

    @BeforeAll
    static void installValidatorDependencies() throws Exception {
        if (!NODE.installed() || !NPM.installed()) {
            return;
        }
        Path validator = Repo.path("deploy/validate");
        if (Files.isRegularFile(validator.resolve("node_modules/.package-lock.json"))) {
            return;
        }
        Tool.Result offline = NPM.run(validator, "ci", "--offline", "--no-audit", "--no-fund");
        if (offline.status() != 0) {
            Tool.Result online = NPM.run(validator, "ci", "--no-audit", "--no-fund");
            assertThat(online.status())
                    .as("npm ci in deploy/validate:%n%s", online.output())
                    .isZero();
        }
    }

    @Test
    void everyManifestAndTheComposeFilePassTheValidator() throws Exception {
        assumeNode();

        Tool.Result result = validate();

        assertThat(result.status()).as(result.output()).isZero();
        System.out.print(result.output());
        Matcher summary = SUMMARY.matcher(result.output());
        assertThat(summary.find()).as(result.output()).isTrue();
        assertThat(Integer.parseInt(summary.group(1)))
                .as("documents validated = YAML documents of kustomization's resources")
                .isEqualTo(countDocuments(Repo.path("deploy")));
    }

    @Test
    void aBrokenManifestFailsTheValidatorNamingFileAndField() throws Exception {
        assumeNode();
        Path manifests = copyManifests();
        replace(manifests.resolve("neo4j.yaml"), "  replicas: 1\n", "  replicas: \"one\"\n");
        replace(
                manifests.resolve("flink-deployment.yaml"),
                "    jarURI: local:///opt/flink/usrlib/litmine.jar\n",
                "");

        Tool.Result result = validate("--manifests", manifests.toString());

        assertThat(result.status()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .contains("neo4j.yaml#2 StatefulSet/neo4j: data/spec/replicas must be integer")
                .contains("FlinkDeployment/litmine-mining: spec.job.jarURI undefined");
    }

    @Test
    void aJobOptionTheJobDoesNotKnowFailsTheValidator() throws Exception {
        assumeNode();
        Path manifests = copyManifests();
        replace(manifests.resolve("config/job.yaml"), "  batch-size: 16\n", "  batchsize: 16\n");

        Tool.Result result = validate("--manifests", manifests.toString());

        assertThat(result.status()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .contains("'mining.batchsize' is not an option of the job (MiningConfig)");
    }

    private static void assumeNode() {
        boolean present = NODE.installed() && NPM.installed();
        if (!present) {
            System.err.println(
                    "SKIPPED DeploymentManifestsTest: node/npm not installed"
                            + " (apt-get install nodejs npm); deployment manifests not validated");
        }
        assumeTrue(present, "node and npm are needed to validate the deployment manifests");
    }

    private static Tool.Result validate(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Repo.path("deploy/validate/validate.mjs").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        return NODE.run(Repo.root(), command);
    }

    /** deploy/ without the validator, in a scratch folder the test may break. */
    private Path copyManifests() throws IOException {
        Path source = Repo.path("deploy");
        Path target = scratch.resolve("deploy");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file :
                    files.filter(f -> !f.startsWith(source.resolve("validate"))).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("%s holds the text the test breaks", file).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** YAML documents in the top-level manifests, kustomization.yaml itself excluded. */
    private static int countDocuments(Path deploy) throws IOException {
        int documents = 0;
        try (Stream<Path> files = Files.list(deploy)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml"))
                            .filter(f -> !f.endsWith("kustomization.yaml"))
                            .toList()) {
                documents += Files.readString(file).split("(?m)^---\\s*$").length;
            }
        }
        return documents;
    }
}
