package io.litmine.cli;

import io.litmine.embedded.EmbeddedKafka;
import io.litmine.embedded.LitmineHome;
import io.litmine.ingest.IngestStats;
import io.litmine.ingest.KafkaRecordSink;
import io.litmine.ingest.PubmedIngester;
import io.litmine.ingest.TopicAdmin;
import io.litmine.ingest.TopicReader;
import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeletionRecord;
import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.Topic;
import io.litmine.schemas.TopicCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code litmine demo}: the whole pipeline on embedded defaults. At this stage: an embedded Kafka
 * broker, ingestion of the bundled PubMed sample into {@code pubmed.articles}, and a report read
 * back from the topic.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs litmine end to end on embedded services: starts a Kafka broker (KRaft, child"
                    + " JVM), ingests the bundled PubMed sample and reports what reached the"
                    + " topic."
        })
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--sample",
            paramLabel = "DIR",
            description = "PubMed XML files to ingest (default: <litmine home>/data/pubmed)")
    Path sample;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "where the embedded services keep their data; kept after the run (default: a"
                            + " temporary folder, deleted at the end)")
    Path dataDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files =
                sampleFiles(sample != null ? sample : LitmineHome.path().resolve("data/pubmed"));
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("litmine-demo") : dataDir;
        String topic = Topic.ARTICLES.defaultName();
        try {
            out.println("demo: starting embedded Kafka (data in " + dir + ") ...");
            out.flush();
            try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
                String bootstrap = kafka.bootstrapServers();
                out.println("demo: Kafka is up at " + bootstrap);
                TopicAdmin.ensureTopic(bootstrap, topic, 3, 60);
                IngestStats stats;
                try (KafkaRecordSink sink = new KafkaRecordSink(bootstrap, topic)) {
                    PubmedIngester ingester =
                            new PubmedIngester(sink, spec.commandLine().getErr(), false);
                    files.forEach(ingester::ingestFile);
                    stats = ingester.stats();
                }
                out.println("demo: " + stats.summary(topic));
                report(
                        out,
                        TopicReader.readAll(
                                bootstrap, topic, TopicCodec.articles(), Duration.ofSeconds(60)));
                return stats.clean() ? 0 : IngestCommand.EXIT_REJECTED;
            }
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    private static void report(PrintWriter out, List<TopicReader.Keyed<PubmedRecord>> records) {
        long articles = records.stream().filter(r -> r.value() instanceof ArticleRecord).count();
        long deletions = records.stream().filter(r -> r.value() instanceof DeletionRecord).count();
        long pmids = records.stream().map(TopicReader.Keyed::key).distinct().count();
        long withAbstract =
                records.stream()
                        .filter(r -> r.value() instanceof ArticleRecord a && a.hasAbstract())
                        .count();
        long partitions = records.stream().map(TopicReader.Keyed::partition).distinct().count();
        out.printf(
                "demo: read back %d records from pubmed.articles (%d partitions): %d articles (%d"
                        + " with an abstract), %d deletions, %d distinct PMIDs%n",
                records.size(), partitions, articles, withAbstract, deletions, pmids);
        out.flush();
    }

    private static List<Path> sampleFiles(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().matches(".*\\.xml(\\.gz)?$"))
                    .sorted()
                    .toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
