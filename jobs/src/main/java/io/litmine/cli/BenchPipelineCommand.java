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
import io.litmine.operators.graph.AlertRules;
import io.litmine.operators.graph.ArticleClaims;
import io.litmine.operators.graph.Claim;
import io.litmine.operators.graph.ClaimKind;
import io.litmine.operators.graph.Entity;
import io.litmine.operators.graph.GraphWriter;
import io.litmine.operators.mining.BioGptMinerFactory;
import io.litmine.operators.mining.TinyFixtureTaskModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.neo4j.driver.Driver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code litmine bench pipeline}: articles/s through Kafka → job (tiny model) → Neo4j on the
 * bundled sample, and claims/s written by the graph writer alone (synthetic drug–target claims,
 * batches of the sink's size). Embedded services in a temporary folder.
 */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = "Measures the pipeline (articles/s) and the Neo4j writer alone (claims/s).")
public final class BenchPipelineCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--claims", defaultValue = "20000", description = "Claims for the writer run.")
    int claims;

    @Option(names = "--batch", defaultValue = "200", description = "Articles per transaction.")
    int batch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("litmine-bench");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
                EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"));
                Driver driver = neo4j.driver()) {
            benchPipeline(out, kafka, neo4j, dir);
            benchWriter(out, driver);
        }
        return 0;
    }

    private void benchPipeline(PrintWriter out, EmbeddedKafka kafka, EmbeddedNeo4j neo4j, Path dir)
            throws Exception {
        String bootstrap = kafka.bootstrapServers();
        TopicAdmin.ensureTopic(bootstrap, "pubmed.articles", 3, 60);
        IngestStats stats;
        try (KafkaRecordSink sink = new KafkaRecordSink(bootstrap, "pubmed.articles");
                Stream<Path> files = Files.list(LitmineHome.path().resolve("data/pubmed"))) {
            PubmedIngester ingester = new PubmedIngester(sink, spec.commandLine().getErr(), false);
            files.filter(p -> p.toString().matches(".*\\.xml(\\.gz)?$"))
                    .sorted()
                    .forEach(ingester::ingestFile);
            stats = ingester.stats();
        }
        String ingested = stats.summary("pubmed.articles");
        MiningOptions options =
                MiningOptions.from(
                        ConfigFiles.load(
                                null,
                                Map.of(
                                        "kafka.bootstrap-servers",
                                        bootstrap,
                                        "kafka.bounded",
                                        "true",
                                        "neo4j.uri",
                                        neo4j.boltUri(),
                                        "job.parallelism",
                                        "2")),
                        Map.of(MiningOptions.PASSWORD_ENV, neo4j.password()));
        Path model = TinyFixtureTaskModel.kdDti(LitmineHome.path(), dir.resolve("models"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        MiningPipeline.addTo(
                env, options, new BioGptMinerFactory(Map.of("kd-dti", model), "cpu", 1, 8, 16));
        long start = System.nanoTime();
        env.execute("litmine-bench");
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(
                "pipeline: %s; job %.1f s (incl. MiniCluster start) = %.1f records/s (tiny model,"
                        + " 16 new tokens, parallelism 2)%n",
                stats.summary("pubmed.articles"), seconds, 620 / seconds);
        out.flush();
    }

    private void benchWriter(PrintWriter out, Driver driver) {
        GraphWriter writer = new GraphWriter(driver, null, new AlertRules(3));
        writer.createConstraints();
        List<ArticleClaims> articles = new ArrayList<>();
        int perArticle = 4;
        for (int a = 0; a < claims / perArticle; a++) {
            List<Claim> list = new ArrayList<>();
            for (int c = 0; c < perArticle; c++) {
                int drug = (a * 7 + c) % 500;
                int target = (a * 13 + c * 3) % 800;
                list.add(
                        new Claim(
                                ClaimKind.DRUG_TARGET,
                                new Entity("drug" + drug, "Drug" + drug),
                                new Entity("target" + target, "Target" + target),
                                "inhibitor",
                                "kd-dti",
                                "bench",
                                "v1"));
            }
            articles.add(
                    new ArticleClaims(
                            String.valueOf(9_000_000 + a),
                            1,
                            "Bench " + a,
                            null,
                            null,
                            List.of(),
                            List.of("v1"),
                            list,
                            Instant.now()));
        }
        long start = System.nanoTime();
        for (int from = 0; from < articles.size(); from += batch) {
            writer.write(articles.subList(from, Math.min(articles.size(), from + batch)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(
                "writer: %d claims of %d articles in batches of %d: %.1f s = %.0f claims/s%n",
                articles.size() * perArticle,
                articles.size(),
                batch,
                seconds,
                articles.size() * perArticle / seconds);
        out.flush();
    }
}
