package io.litmine.cli;

import io.litmine.ingest.IngestStats;
import io.litmine.ingest.JsonLinesSink;
import io.litmine.ingest.KafkaRecordSink;
import io.litmine.ingest.PubmedIngester;
import io.litmine.ingest.RecordSink;
import io.litmine.ingest.TopicAdmin;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litmine ingest}: PubMed XML files or E-utilities → the pubmed.articles topic. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Publishes PubMed records to Kafka, keyed by PMID (idempotent producer, acks=all).",
            "Files are read in the order given: give update files in numeric order.",
            "Exit status: 0 all records published, 3 some input was rejected (each named on stderr),"
                    + " 1 ingestion failed."
        },
        footer = {
            "",
            "Examples:",
            "  litmine ingest --print data/pubmed/pubmed4.xml",
            "  litmine ingest pubmed25n1275.xml.gz pubmed25n1276.xml.gz --bootstrap-servers"
                    + " localhost:9092",
            "  litmine ingest --eutils --since 2026/11/01 --state eutils.state.json"
                    + " --bootstrap-servers localhost:9092"
        })
public final class IngestCommand implements Callable<Integer> {
    /** Exit status when some input was rejected but everything else was published. */
    public static final int EXIT_REJECTED = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "PubMed XML files, .xml or .xml.gz")
    List<Path> files = List.of();

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Destination destination = new Destination();

    static final class Destination {
        @Option(
                names = "--bootstrap-servers",
                paramLabel = "HOST:PORT",
                description = "Kafka bootstrap servers")
        String bootstrapServers;

        @Option(names = "--print", description = "write the JSON lines to stdout; no broker needed")
        boolean print;
    }

    @Option(
            names = "--topic",
            defaultValue = "pubmed.articles",
            description = "topic to publish to (default: ${DEFAULT-VALUE})")
    String topic;

    @Option(
            names = "--partitions",
            defaultValue = "3",
            description = "partitions when the topic must be created (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(
            names = "--max-record-bytes",
            defaultValue = "16777216",
            description =
                    "largest record to publish: the producer's max.request.size, and the topic's"
                            + " max.message.bytes when it must be created (default:"
                            + " ${DEFAULT-VALUE} = 16 MiB)")
    int maxRecordBytes;

    @Option(
            names = "--topic-timeout-seconds",
            defaultValue = "60",
            description = "how long to wait for the broker at start-up (default: ${DEFAULT-VALUE})")
    long topicTimeoutSeconds;

    @Option(names = "--no-progress", description = "no progress bar even on a terminal")
    boolean noProgress;

    @ArgGroup(exclusive = false, heading = "%nE-utilities polling:%n")
    EutilsOptions eutils;

    @Override
    public Integer call() {
        boolean polling = eutils != null && eutils.enabled;
        if (!polling && files.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "give FILE... or --eutils --since DATE --state FILE");
        }
        if (polling && !files.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "give either FILE... or --eutils, not both");
        }
        if (!destination.print && destination.bootstrapServers == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "give --bootstrap-servers HOST:PORT, or --print");
        }
        IngestStats stats;
        try (RecordSink sink = openSink()) {
            PubmedIngester ingester =
                    new PubmedIngester(sink, spec.commandLine().getErr(), showProgress());
            if (polling) {
                eutils.run(ingester, sink, spec.commandLine().getErr());
            } else {
                files.forEach(ingester::ingestFile);
            }
            stats = ingester.stats();
        }
        String where = destination.print ? "stdout" : topic + " at " + destination.bootstrapServers;
        spec.commandLine().getErr().println(stats.summary(where));
        return stats.clean() ? 0 : EXIT_REJECTED;
    }

    private boolean showProgress() {
        return !noProgress && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    private RecordSink openSink() {
        if (destination.print) {
            return new JsonLinesSink(spec.commandLine().getOut());
        }
        TopicAdmin.ensureTopic(
                destination.bootstrapServers,
                topic,
                partitions,
                topicTimeoutSeconds,
                maxRecordBytes);
        return new KafkaRecordSink(destination.bootstrapServers, topic, maxRecordBytes);
    }
}
