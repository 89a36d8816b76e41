package io.litmine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.cli.Litmine;
import io.litmine.embedded.EmbeddedKafka;
import io.litmine.schemas.AbstractSection;
import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeletionRecord;
import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code litmine ingest} into a real Kafka broker (KRaft, child JVM): the 604 citations and the
 * deletion of a real MEDLINE update file, read back from the topic.
 */
class IngestToKafkaITCase {
    private static final Path PUBMED =
            Path.of(System.getProperty("litmine.home", "..")).resolve("data/pubmed");

    @TempDir static Path dataDir;
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafka.start(dataDir.resolve("kafka"));
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static int ingest(String topic, String... files) {
        CommandLine cli = Litmine.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[files.length + 5];
        args[0] = "ingest";
        args[1] = "--bootstrap-servers";
        args[2] = kafka.bootstrapServers();
        args[3] = "--topic";
        args[4] = topic;
        System.arraycopy(files, 0, args, 5, files.length);
        int exit = cli.execute(args);
        assertThat(err.toString()).doesNotContain("Exception");
        return exit;
    }

    private static List<TopicReader.Keyed<PubmedRecord>> readBack(String topic) {
        return TopicReader.readAll(
                kafka.bootstrapServers(), topic, TopicCodec.articles(), Duration.ofSeconds(60));
    }

    @Test
    void publishesEveryCitationAndTheDeletionOfAMedlineFileKeyedByPmid() {
        int exit = ingest("medline", PUBMED.resolve("medline16n0902.xml.gz").toString());

        assertThat(exit).isZero();
        List<TopicReader.Keyed<PubmedRecord>> records = readBack("medline");
        assertThat(records).hasSize(605);
        assertThat(records).allMatch(r -> r.key().equals(r.value().pmid()));
        assertThat(records).extracting(TopicReader.Keyed::partition).containsOnly(0, 1, 2);
        assertThat(records)
                .extracting(TopicReader.Keyed::value)
                .filteredOn(DeletionRecord.class::isInstance)
                .containsExactly(new DeletionRecord("26432306", "medline16n0902.xml.gz"));
        Map<String, ArticleRecord> articles =
                records.stream()
                        .map(TopicReader.Keyed::value)
                        .filter(ArticleRecord.class::isInstance)
                        .map(ArticleRecord.class::cast)
                        .collect(Collectors.toMap(ArticleRecord::pmid, Function.identity()));
        assertThat(articles).hasSize(604);

        ArticleRecord first = articles.get("17942999");
        assertThat(first.title())
                .isEqualTo(
                        "Neuroplasticity in the processing of pitch dimensions: a"
                                + " multidimensional scaling analysis of the mismatch negativity.");
        assertThat(first.journal()).isEqualTo("Restorative neurology and neuroscience");
        assertThat(first.published()).isEqualTo("2007");
        assertThat(first.language()).isEqualTo("eng");
        assertThat(first.meshTerms()).hasSize(11).startsWith("Acoustic Stimulation", "Adult");
        assertThat(first.sections())
                .extracting(AbstractSection::label)
                .containsExactly("PURPOSE", "METHODS", "RESULTS", "CONCLUSIONS");
        assertThat(first.abstractText()).startsWith("PURPOSE: ");
        assertThat(first.publicationTypes())
                .containsExactly("Journal Article", "Research Support, Non-U.S. Gov't");
        assertThat(first.revised()).isEqualTo("2015-12-26");

        ArticleRecord review = articles.get("26109528");
        assertThat(review.published()).isEqualTo("2016-01");
        assertThat(review.meshTerms()).isEmpty();
        assertThat(review.sections()).singleElement().extracting(AbstractSection::label).isNull();
        assertThat(review.publicationTypes()).containsExactly("Journal Article", "Review");

        ArticleRecord editorial = articles.get("26407462");
        assertThat(editorial.title()).isEqualTo("[Vaccines are drugs].");
        assertThat(editorial.language()).isEqualTo("ita");
        assertThat(editorial.hasAbstract()).isFalse();
        assertThat(editorial.revised()).isNull();
        assertThat(editorial.publicationTypes()).containsExactly("Editorial");
    }

    @Test
    void keepsTheOrderOfVersionsOfOneArticleAcrossFiles() {
        int exit =
                ingest(
                        "updates",
                        PUBMED.resolve("pubmed25n0001.xml").toString(),
                        PUBMED.resolve("pubmed25n0002.xml").toString());

        assertThat(exit).isZero();
        List<TopicReader.Keyed<PubmedRecord>> records = readBack("updates");
        List<String> pmid1001 =
                records.stream()
                        .filter(r -> r.key().equals("1001"))
                        .sorted(java.util.Comparator.comparingLong(TopicReader.Keyed::offset))
                        .map(r -> ((ArticleRecord) r.value()).version() + ":" + r.value().source())
                        .toList();
        assertThat(pmid1001).containsExactly("1:pubmed25n0001.xml", "2:pubmed25n0002.xml");
        List<PubmedRecord> pmid1002 =
                records.stream()
                        .filter(r -> r.key().equals("1002"))
                        .sorted(java.util.Comparator.comparingLong(TopicReader.Keyed::offset))
                        .map(TopicReader.Keyed::value)
                        .toList();
        assertThat(pmid1002).hasSize(2);
        assertThat(pmid1002.get(1)).isInstanceOf(DeletionRecord.class);
    }
}
