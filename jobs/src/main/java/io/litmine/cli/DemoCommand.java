package io.litmine.cli;

import io.litmine.embedded.EmbeddedKafka;
import io.litmine.embedded.EmbeddedNeo4j;
import io.litmine.embedded.LitmineHome;
import io.litmine.ingest.IngestStats;
import io.litmine.ingest.KafkaRecordSink;
import io.litmine.ingest.PubmedIngester;
import io.litmine.ingest.TopicAdmin;
import io.litmine.jobs.ConfigFiles;
import io.litmine.jobs.MiningOptions;
import io.litmine.jobs.MiningPipeline;
import io.litmine.operators.mining.BioGptMinerFactory;
import io.litmine.operators.mining.TinyFixtureTaskModel;
import io.litmine.schemas.Topic;
import io.litmine.tasks.Tasks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.neo4j.driver.Driver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code litmine demo}: the whole pipeline on embedded services. Starts Kafka and Neo4j (child
 * JVMs, data under {@code --data-dir}, so a second run continues the same graph), ingests the
 * bundled sample (or the files given), runs the mining job on a Flink MiniCluster until every
 * record is processed, and prints what it did: articles, claims, alerts, dead letters, and three
 * analyst questions.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs litmine end to end on embedded services: Kafka and Neo4j (child JVMs), the"
                    + " bundled PubMed sample, the mining job on a Flink MiniCluster, a summary."
        })
public final class DemoCommand implements Callable<Integer> {
    /** Where {@code tools/train_demo_model.py} writes the demonstration models. */
    static final String DEMO_MODELS = "models/demo";

    /** New ids per prompt for the bundled demo models. */
    private static final Integer DEMO_CAP = 128;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--input",
            paramLabel = "FILE",
            arity = "1..*",
            description = "PubMed XML files to ingest (default: <litmine home>/data/pubmed/*.xml*)")
    List<Path> input;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "litmine-data",
            description = "Where Kafka and Neo4j keep their data. Default: ./${DEFAULT-VALUE}.")
    Path dataDir;

    @Option(
            names = "--models",
            paramLabel = "DIR",
            description =
                    "Task models: <DIR>/kd-dti, <DIR>/ddi, <DIR>/hoc (those present). Default:"
                            + " the demonstration models in <litmine home>/models/demo (small,"
                            + " trained here, not BioGPT); without them the tiny random-weight"
                            + " fixture, whose claims are noise.")
    Path models;

    @Option(names = "--json", description = "End with one JSON line summarising the run.")
    boolean json;

    @Option(names = "--keep-running", description = "Keep Kafka and Neo4j up until Ctrl-C.")
    boolean keepRunning;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = dataDir.toAbsolutePath();
        List<Path> files = input != null ? input : bundledSamples();
        out.println("demo: starting Kafka and Neo4j (data in " + dir + ") ...");
        out.flush();
        CompletableFuture<EmbeddedNeo4j> neo = CompletableFuture.supplyAsync(() -> startNeo4j(dir));
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
                EmbeddedNeo4j neo4j = neo.join();
                Driver driver = neo4j.driver()) {
            out.println("demo: Kafka is up at " + kafka.bootstrapServers());
            out.println("demo: Neo4j is up at " + neo4j.boltUri());
            DemoReport.Snapshot before = DemoReport.snapshot(kafka.bootstrapServers(), driver);
            IngestStats stats = ingest(kafka.bootstrapServers(), files);
            out.println("demo: " + stats.summary(Topic.ARTICLES.defaultName()));
            DemoModels taskModels = chooseModels(dir);
            out.println("demo: running the mining job (" + taskModels.description() + ") ...");
            out.flush();
            runJob(kafka.bootstrapServers(), neo4j, taskModels);
            DemoReport.Snapshot after = DemoReport.snapshot(kafka.bootstrapServers(), driver);
            DemoReport report = new DemoReport(before, after, neo4j, dir.resolve("neo4j"));
            report.print(out, driver);
            if (json) {
                out.println(report.json(stats));
            }
            out.flush();
            if (keepRunning) {
                out.println("demo: services stay up; press Ctrl-C to stop");
                out.flush();
                Thread.currentThread().join();
            }
            return stats.clean() ? 0 : IngestCommand.EXIT_REJECTED;
        }
    }

    private static EmbeddedNeo4j startNeo4j(Path dir) {
        try {
            return EmbeddedNeo4j.start(dir.resolve("neo4j"));
        } catch (IOException e) {
            throw new IllegalStateException("Neo4j did not start: " + e.getMessage(), e);
        }
    }

    private IngestStats ingest(String bootstrap, List<Path> files) {
        for (Topic topic : Topic.values()) {
            TopicAdmin.ensureTopic(bootstrap, topic.defaultName(), 3, 60);
        }
        try (KafkaRecordSink sink = new KafkaRecordSink(bootstrap, Topic.ARTICLES.defaultName())) {
            PubmedIngester ingester = new PubmedIngester(sink, spec.commandLine().getErr(), false);
            files.forEach(ingester::ingestFile);
            return ingester.stats();
        }
    }

    /**
     * The task models one demo run uses, resolved once: by folder, with the generation cap and the
     * line that tells the user what they are.
     *
     * @param byTask model folder by task name, in task order
     * @param cap new ids per prompt, or null for what each model.json says
     * @param description what the models are, for the progress line
     */
    private record DemoModels(Map<String, Path> byTask, Integer cap, String description) {}

    /**
     * {@code --models} if given; else the bundled demonstration models; else the tiny random-weight
     * fixture, written under the data directory.
     */
    private DemoModels chooseModels(Path dir) throws IOException {
        if (models != null) {
            Map<String, Path> byTask = modelDirs(models);
            return new DemoModels(
                    byTask,
                    null,
                    "task models " + String.join(", ", byTask.keySet()) + " from " + models);
        }
        Path bundled = LitmineHome.path().resolve(DEMO_MODELS);
        Map<String, Path> byTask = taskFolders(bundled);
        if (!byTask.isEmpty()) {
            // A small demo model may loop: cap it so the demo cannot stall (gold targets have a
            // median of 29-37 ids).
            return new DemoModels(
                    byTask,
                    DEMO_CAP,
                    "demonstration models "
                            + String.join(", ", byTask.keySet())
                            + " from "
                            + bundled
                            + ": small models trained here in minutes, NOT BioGPT");
        }
        // The random fixture never emits </s>: cap it harder.
        return new DemoModels(
                Map.of(
                        "kd-dti",
                        TinyFixtureTaskModel.kdDti(LitmineHome.path(), dir.resolve("models"))),
                16,
                "tiny random-weight fixture model: the path is real, its claims are noise;"
                        + " --models DIR for real ones");
    }

    /** The task subfolders of {@code dir} that hold a model, by task name, in task order. */
    private static Map<String, Path> taskFolders(Path dir) {
        Map<String, Path> found = new LinkedHashMap<>();
        for (String task : Tasks.names()) {
            Path candidate = dir.resolve(task);
            if (Files.isRegularFile(candidate.resolve("model.json"))
                    || Files.isRegularFile(candidate.resolve("config.json"))) {
                found.put(task, candidate);
            }
        }
        return found;
    }

    /** As {@link #taskFolders(Path)}, failing when {@code dir} holds none. */
    private static Map<String, Path> modelDirs(Path dir) throws IOException {
        Map<String, Path> found = taskFolders(dir);
        if (found.isEmpty()) {
            throw new IOException(
                    dir
                            + " holds no task model (expected kd-dti/, ddi/, bc5cdr/ or hoc/ with a"
                            + " model.json)");
        }
        return found;
    }

    private void runJob(String bootstrap, EmbeddedNeo4j neo4j, DemoModels taskModels)
            throws Exception {
        Map<String, String> settings =
                Map.of(
                        "kafka.bootstrap-servers", bootstrap,
                        "kafka.group-id", "litmine-demo",
                        "kafka.bounded", "true",
                        "neo4j.uri", neo4j.boltUri(),
                        "job.parallelism", "2",
                        "job.checkpoint-interval", "5 s",
                        "alerts.corroboration-threshold", "2");
        MiningOptions options =
                MiningOptions.from(
                        ConfigFiles.load(null, settings),
                        Map.of(MiningOptions.PASSWORD_ENV, neo4j.password()));
        BioGptMinerFactory miner =
                new BioGptMinerFactory(taskModels.byTask(), "auto", 1, 8, taskModels.cap());
        quietBoundedRunWarnings();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        MiningPipeline.addTo(env, options, miner);
        env.execute(MiningPipeline.JOB_NAME);
    }

    /**
     * The demo's job is bounded: as its tasks finish, Flink declines the checkpoints in flight and
     * the finished source's last offset commit times out, each logged as a warning with a stack
     * trace (about 1,000 lines a run). Neither loses anything: the job ends with a final
     * checkpoint, and the graph is idempotent if a second run re-reads records. For the unbounded
     * job ({@code litmine run}) these warnings matter, so only the demo quiets them.
     */
    private static void quietBoundedRunWarnings() {
        Configurator.setLevel(
                "org.apache.flink.runtime.checkpoint.CheckpointFailureManager", Level.ERROR);
        Configurator.setLevel(
                "org.apache.flink.connector.kafka.source.reader.KafkaSourceReader", Level.ERROR);
    }

    /** The PubMed samples and the test-set articles that the demo models can read. */
    private static List<Path> bundledSamples() throws IOException {
        List<Path> files = new ArrayList<>(sampleFiles(LitmineHome.path().resolve("data/pubmed")));
        Path demoArticles = LitmineHome.path().resolve("data/demo");
        if (Files.isDirectory(demoArticles)) {
            files.addAll(sampleFiles(demoArticles));
        }
        return files;
    }

    private static List<Path> sampleFiles(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().matches(".*\\.xml(\\.gz)?$"))
                    .sorted()
                    .toList();
        }
    }
}
