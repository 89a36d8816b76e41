package io.litmine.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.embedded.EmbeddedKafka;
import io.litmine.embedded.EmbeddedNeo4j;
import io.litmine.ingest.KafkaRecordSink;
import io.litmine.ingest.TopicAdmin;
import io.litmine.ingest.TopicReader;
import io.litmine.operators.mining.BioGptMinerFactory;
import io.litmine.operators.mining.MinerFactory;
import io.litmine.operators.mining.TinyFixtureTaskModel;
import io.litmine.schemas.AbstractSection;
import io.litmine.schemas.Alert;
import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeadLetter;
import io.litmine.schemas.DeletionRecord;
import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The whole job on real services: Kafka (KRaft) and Neo4j in child JVMs, Flink in a local
 * MiniCluster, a scripted miner at the model boundary so the graph and the alerts are exact. One
 * Kafka and one Neo4j for the class; each test has its own topics and an empty graph.
 */
class MiningJobITCase {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(120);
    private static final AtomicInteger RUN = new AtomicInteger();

    @TempDir static Path dataDir;
    private static EmbeddedKafka kafka;
    private static EmbeddedNeo4j neo4j;
    private static Driver driver;

    private String prefix;

    @BeforeAll
    static void startServices() throws Exception {
        CompletableFuture<EmbeddedNeo4j> neo =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return EmbeddedNeo4j.start(dataDir.resolve("neo4j"));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
        kafka = EmbeddedKafka.start(dataDir.resolve("kafka"));
        neo4j = neo.join();
        driver = neo4j.driver();
    }

    @AfterAll
    static void stopServices() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @BeforeEach
    void freshTopicsAndEmptyGraph() {
        prefix = "t" + RUN.incrementAndGet() + ".";
        for (String topic : List.of("articles", "alerts", "deadletters")) {
            TopicAdmin.ensureTopic(kafka.bootstrapServers(), prefix + topic, 3, 60);
        }
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    @Test
    void minesArticlesIntoTheExactGraphAndAlertsOnceOnReplayAndRetractsOnDeletion()
            throws Exception {
        ScriptedMiner miner =
                new ScriptedMiner()
                        .drugTarget("1001", "Imatinib", "ABL1", "inhibitor")
                        .drugTarget("1002", "imatinib", "Abl1", "inhibitor")
                        .drugDrug("1002", "Aspirin", "Warfarin", "effect")
                        .drugTarget("1003", "Gefitinib", "EGFR", "inhibitor");
        publish(article("1001", 1), article("1002", 1), article("1003", 1));

        runJob(miner, Map.of());

        assertGraph(3, 3, 4);
        assertThat(alertKinds())
                .containsExactlyInAnyOrder(
                        "NEW_CLAIM imatinib-abl1 [1001, 1002]",
                        "CORROBORATED imatinib-abl1 [1001, 1002]",
                        "NEW_CLAIM gefitinib-egfr [1003]");
        List<String> firstIds = alerts().stream().map(Alert::id).toList();

        runJob(miner, Map.of()); // replay: same input from the earliest offset

        assertGraph(3, 3, 4);
        assertThat(alerts().stream().map(Alert::id).toList()).isEqualTo(firstIds);

        publish(new DeletionRecord("1003", "test-deletions.xml"));
        runJob(miner, Map.of());

        assertGraph(2, 2, 3);
        assertThat(alertKinds()).hasSize(4).contains("RETRACTED gefitinib-egfr [1003]");
    }

    @Test
    void badRecordsBecomeDeadLettersWithReasonsAndTheJobKeepsGoing() throws Exception {
        ScriptedMiner miner =
                new ScriptedMiner().drugTarget("2001", "Sorafenib", "KDR", "inhibitor");
        publishRaw("2101", "this is not json");
        publishRaw("2102", "{\"type\":\"article\",\"pmid\":\"2102\"}");
        publish(
                withAbstract(article("2103", 1), ""),
                withAbstract(article("2104", 1), "x".repeat(20_000)),
                article("2001", 1));

        runJob(miner, Map.of("mining.max-abstract-chars", "10000"));

        assertGraph(1, 1, 1);
        List<TopicReader.Keyed<DeadLetter>> letters =
                TopicReader.readAll(
                        kafka.bootstrapServers(),
                        prefix + "deadletters",
                        TopicCodec.deadLetters(),
                        READ_TIMEOUT);
        assertThat(letters)
                .extracting(k -> k.key() + ": " + k.value().reason())
                .hasSize(4)
                .anyMatch(s -> s.startsWith("2101: not JSON"))
                .anyMatch(s -> s.startsWith("2102: does not match pubmed.articles"))
                .anyMatch(s -> s.startsWith("2103: empty abstract"))
                .anyMatch(s -> s.startsWith("2104: abstract of 20000 chars exceeds the limit"));
        assertThat(letters).allMatch(k -> k.value().topic().equals(prefix + "articles"));
    }

    @Test
    void aTenMegabyteAbstractTravelsThroughKafkaAndIsDeadLetteredWithoutItsPayload()
            throws Exception {
        ScriptedMiner miner =
                new ScriptedMiner()
                        .drugTarget("7001", "Lenvatinib", "VEGFR2", "inhibitor")
                        .drugTarget("7003", "Cabozantinib", "MET", "inhibitor");
        String huge = randomWords(10 * 1024 * 1024);
        try (KafkaRecordSink sink =
                new KafkaRecordSink(kafka.bootstrapServers(), prefix + "articles")) {
            sink.send(article("7001", 1));
            sink.send(withAbstract(article("7002", 1), huge));
            sink.send(article("7003", 1));
            sink.flush();
        }

        runJob(miner, Map.of()); // the default limit: 100,000 chars

        assertGraph(2, 2, 2);
        List<TopicReader.Keyed<DeadLetter>> letters =
                TopicReader.readAll(
                        kafka.bootstrapServers(),
                        prefix + "deadletters",
                        TopicCodec.deadLetters(),
                        READ_TIMEOUT);
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0).value();
        assertThat(letter.reason())
                .isEqualTo("abstract of 10485760 chars exceeds the limit of 100000 (pmid 7002)");
        assertThat(letter.payloadTruncated()).isTrue();
        assertThat(letter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_CHARS);
    }

    /** Lower-case words from a fixed seed: text that lz4 cannot shrink below Kafka's 1 MB. */
    private static String randomWords(int chars) {
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder(chars);
        while (text.length() < chars) {
            text.append(random.nextInt(8) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    @Test
    void aFailureInTheJobRestartsFromTheCheckpointWithTheSameFinalGraph() throws Exception {
        ScriptedMiner miner = new ScriptedMiner().crashOnceAt("4007");
        List<ArticleRecord> articles = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String pmid = String.valueOf(4000 + i);
            miner.drugTarget(pmid, "Drug" + (i % 3), "Target" + (i % 4), "inhibitor");
            articles.add(article(pmid, 1));
        }
        publish(articles.toArray(new PubmedRecord[0]));

        runJob(miner, Map.of("mining.batch-size", "2"));

        assertThat(ScriptedMiner.crashed()).as("the injected crash happened").isTrue();
        // 12 articles; claims are the distinct (i % 3, i % 4) pairs: 12 of them, one per article
        assertGraph(12, 12, 12);
    }

    @Test
    void anAlertLostToAFailureAfterTheGraphWriteIsResentFromTheOutboxWithTheSameId()
            throws Exception {
        ScriptedMiner miner = new ScriptedMiner();
        List<PubmedRecord> articles = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String pmid = String.valueOf(6000 + i);
            miner.drugTarget(pmid, "Outbox" + i, "Kinase" + i, "inhibitor");
            articles.add(article(pmid, 1));
        }
        publish(articles.toArray(new PubmedRecord[0]));

        runJob(miner, Map.of(), FailOnceSink::new);

        assertThat(FailOnceSink.failed()).as("the injected failure happened").isTrue();
        assertGraph(4, 4, 4);
        List<Alert> alerts = alerts();
        assertThat(alerts.stream().map(Alert::id).distinct().count())
                .as("distinct alert ids")
                .isEqualTo(4);
        assertThat(alertKinds())
                .allMatch(k -> k.startsWith("NEW_CLAIM outbox"))
                .containsAll(
                        List.of(
                                "NEW_CLAIM outbox1-kinase1 [6001]",
                                "NEW_CLAIM outbox2-kinase2 [6002]",
                                "NEW_CLAIM outbox3-kinase3 [6003]",
                                "NEW_CLAIM outbox4-kinase4 [6004]"));
        System.out.printf("outbox: %d alerts sent for 4 distinct ids%n", alerts.size());
        assertThat(count("MATCH (al:Alert) WHERE al.pending RETURN count(al)"))
                .as("alerts still pending after the final checkpoint")
                .isZero();
    }

    @Test
    void runsTheRealBioGptPathWithTheTinyModelAndWritesEveryArticle() throws Exception {
        Path model =
                TinyFixtureTaskModel.kdDti(
                        Path.of(System.getProperty("litmine.home", ".."))
                                .toAbsolutePath()
                                .normalize(),
                        dataDir.resolve("models"));
        publish(article("3001", 1), article("3002", 1), article("3003", 1));

        runJob(new BioGptMinerFactory(Map.of("kd-dti", model), "cpu", 1, 4, 8), Map.of());

        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(3);
        assertThat(
                        count(
                                "MATCH (a:Article) WHERE a.modelVersions[0] STARTS WITH"
                                        + " 'tiny-kd-dti@' RETURN count(a)"))
                .isEqualTo(3);
        assertThat(count("MATCH (c:Claim) WHERE c.kind <> 'drug-target' RETURN count(c)")).isZero();
    }

    private void runJob(MinerFactory miner, Map<String, String> extra) throws Exception {
        runJob(miner, extra, UnaryOperator.identity());
    }

    private void runJob(
            MinerFactory miner,
            Map<String, String> extra,
            UnaryOperator<Sink<Alert>> alertSinkWrapper)
            throws Exception {
        Map<String, String> settings = new java.util.HashMap<>(extra);
        settings.putAll(
                Map.of(
                        "kafka.bootstrap-servers",
                        kafka.bootstrapServers(),
                        "kafka.group-id",
                        prefix + "group-" + RUN.incrementAndGet(),
                        "kafka.topics.articles",
                        prefix + "articles",
                        "kafka.topics.alerts",
                        prefix + "alerts",
                        "kafka.topics.deadletters",
                        prefix + "deadletters",
                        "kafka.bounded",
                        "true",
                        "neo4j.uri",
                        neo4j.boltUri(),
                        "alerts.corroboration-threshold",
                        "2",
                        "job.parallelism",
                        "2",
                        "job.checkpoint-interval",
                        "1 s"));
        settings.put("sink.batch-size", "2");
        Configuration config = ConfigFiles.load(null, settings);
        MiningOptions options =
                MiningOptions.from(config, Map.of(MiningOptions.PASSWORD_ENV, neo4j.password()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        MiningPipeline.addTo(env, options, miner, alertSinkWrapper);
        env.execute("mining-it");
    }

    private void assertGraph(long articles, long claims, long asserts) {
        assertThat(count("MATCH (a:Article) WHERE a.deleted IS NULL RETURN count(a)"))
                .as("articles")
                .isEqualTo(articles);
        assertThat(count("MATCH (c:Claim) RETURN count(c)")).as("claims").isEqualTo(claims);
        assertThat(count("MATCH (:Article)-[r:ASSERTS]->(:Claim) RETURN count(r)"))
                .as("ASSERTS edges")
                .isEqualTo(asserts);
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    private List<Alert> alerts() {
        return TopicReader.readAll(
                        kafka.bootstrapServers(),
                        prefix + "alerts",
                        TopicCodec.alerts(),
                        READ_TIMEOUT)
                .stream()
                .map(TopicReader.Keyed::value)
                .sorted(java.util.Comparator.comparing(Alert::id))
                .toList();
    }

    private List<String> alertKinds() {
        return alerts().stream()
                .map(
                        a ->
                                a.kind()
                                        + " "
                                        + a.drug().toLowerCase()
                                        + "-"
                                        + a.target().toLowerCase()
                                        + " "
                                        + a.pmids())
                .toList();
    }

    static ArticleRecord article(String pmid, int version) {
        String text = "Abstract of " + pmid + " about a drug and its target.";
        return new ArticleRecord(
                pmid,
                version,
                "Title " + pmid,
                text,
                List.of(new AbstractSection(null, null, text)),
                "J Test",
                "2026",
                List.of(),
                List.of(),
                "eng",
                null,
                true,
                "test.xml");
    }

    static ArticleRecord withAbstract(ArticleRecord a, String text) {
        return new ArticleRecord(
                a.pmid(),
                a.version(),
                a.title(),
                text,
                List.of(),
                a.journal(),
                a.published(),
                List.of(),
                List.of(),
                a.language(),
                null,
                !text.isEmpty(),
                a.source());
    }

    private void publish(PubmedRecord... records) {
        TopicCodec<PubmedRecord> codec = TopicCodec.articles();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (PubmedRecord record : records) {
                producer.send(
                        new ProducerRecord<>(
                                prefix + "articles", record.pmid(), codec.encode(record)));
            }
        }
    }

    private void publishRaw(String key, String payload) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(
                    new ProducerRecord<>(
                            prefix + "articles", key, payload.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props);
    }
}
