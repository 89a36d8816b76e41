package io.litmine.cli;

import io.litmine.jobs.ConfigFiles;
import io.litmine.jobs.MiningOptions;
import io.litmine.jobs.MiningPipeline;
import io.litmine.operators.mining.BioGptMinerFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code litmine run}: the mining job against external Kafka and Neo4j. In a plain JVM it runs on a
 * local MiniCluster; under {@code flink run -c io.litmine.cli.Litmine litmine.jar run ...} the same
 * code submits to the cluster (the execution environment comes from the context).
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the mining job: pubmed.articles -> BioGPT -> Neo4j + mining.alerts.",
            "The Neo4j password comes from LITMINE_NEO4J_PASSWORD or neo4j.password-file."
        })
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file.")
    Path config;

    @Option(
            names = {"-D", "--set"},
            paramLabel = "KEY=VALUE",
            description =
                    "Overrides a setting of the file (repeatable), e.g. -D sink.batch-size=50.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(
            names = "--provider",
            defaultValue = "auto",
            description = "auto, cpu or cuda[:device]. Default: ${DEFAULT-VALUE}.")
    String provider;

    @Option(
            names = "--threads",
            defaultValue = "0",
            description = "ONNX Runtime intra-op threads; 0 = one per core.")
    int threads;

    @Option(names = "--print-config", description = "Print the checked settings and exit.")
    boolean printConfig;

    @Override
    public Integer call() throws Exception {
        MiningOptions options =
                MiningOptions.from(ConfigFiles.load(config, overrides), System.getenv());
        if (printConfig) {
            spec.commandLine().getOut().println(options);
            return 0;
        }
        BioGptMinerFactory miner =
                new BioGptMinerFactory(
                        BioGptMinerFactory.underOneFolder(
                                options.mining().modelsDir(), options.mining().tasks()),
                        provider,
                        threads,
                        options.mining().batchSize(),
                        null);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        MiningPipeline.addTo(env, options, miner);
        // Wait for the job whatever execution.attached says: in application mode a detached
        // execute() returns at once, and Litmine.main's System.exit would then stop the
        // JobManager under the running job.
        JobClient client = env.executeAsync(MiningPipeline.JOB_NAME);
        client.getJobExecutionResult().get();
        return 0;
    }
}
