package io.litmine.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.embedded.EmbeddedKafka;
import io.litmine.embedded.EmbeddedNeo4j;
import io.litmine.ingest.TopicAdmin;
import io.litmine.ingest.TopicReader;
import io.litmine.schemas.Alert;
import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * Neo4j goes away under a running (unbounded) job and comes back on the same store and Bolt port:
 * the final graph must hold every article once with exactly its claims, and every alert must have
 * been sent. Its own Kafka and Neo4j, since stopping Neo4j would disturb other tests.
 */
class Neo4jOutageITCase {
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final int PARALLELISM = 2;
    private static final String TOPICS = "outage.";

    @TempDir Path dataDir;
    private EmbeddedKafka kafka;
    private EmbeddedNeo4j neo4j;
    private JobClient job;

    @AfterEach
    void stop() throws Exception {
        if (job != null) {
            job.cancel().get();
        }
        if (neo4j != null) {
            neo4j.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void neo4jStoppedMidStreamAndRestartedLosesNothingAndDoublesNothing() throws Exception {
        kafka = EmbeddedKafka.start(dataDir.resolve("kafka"));
        neo4j = EmbeddedNeo4j.start(dataDir.resolve("neo4j"));
        for (String topic : List.of("articles", "alerts", "deadletters")) {
            TopicAdmin.ensureTopic(kafka.bootstrapServers(), TOPICS + topic, 3, 60);
        }
        ScriptedMiner miner = new ScriptedMiner();
        List<PubmedRecord> before = new ArrayList<>();
        List<PubmedRecord> during = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            String pmid = String.valueOf(5000 + i);
            // 5013 repeats the claim of 5001 (i % 3 and i % 4 are both 1): it corroborates it
            miner.drugTarget(pmid, "Drug" + (i % 3), "Target" + (i % 4), "inhibitor");
            (i <= 6 ? before : during).add(MiningJobITCase.article(pmid, 1));
        }
        int minersBefore = ScriptedMiner.created();
        job = startJob(miner);

        publish(before);
        await("the first 6 articles in the graph", () -> count(articlesCypher()) == 6);
        int port = neo4j.boltPort();
        long down = System.nanoTime();
        neo4j.close();
        neo4j = null;
        publish(during);
        Thread.sleep(OUTAGE.toMillis());
        neo4j = EmbeddedNeo4j.start(dataDir.resolve("neo4j"), port);
        long outageSeconds = (System.nanoTime() - down) / 1_000_000_000L;

        await("all 13 articles and their edges", () -> count(assertsCypher()) == 13);
        await("13 distinct alerts", () -> distinctAlertIds() == 13);

        assertThat(count(articlesCypher())).as("articles").isEqualTo(13);
        assertThat(count("MATCH (c:Claim) RETURN count(c)")).as("claims").isEqualTo(12);
        assertThat(count(assertsCypher())).as("ASSERTS edges").isEqualTo(13);
        assertThat(
                        count(
                                "MATCH (a:Article) WITH a.pmid AS p, count(*) AS n WHERE n > 1 RETURN count(p)"))
                .as("PMIDs held twice")
                .isZero();
        assertThat(
                        count(
                                "MATCH (a:Article)-[r:ASSERTS]->(c:Claim) WITH a, c, count(r) AS n"
                                        + " WHERE n > 1 RETURN count(*)"))
                .as("doubled ASSERTS edges")
                .isZero();
        assertThat(
                        count(
                                "MATCH (a:Article {pmid: '5013'})-[:ASSERTS]->(c:Claim)"
                                        + "<-[:ASSERTS]-(:Article {pmid: '5001'}) RETURN count(c)"))
                .as("5001 and 5013 share one claim")
                .isEqualTo(1);

        List<Alert> alerts = alerts();
        Map<String, List<Alert>> byId = alerts.stream().collect(Collectors.groupingBy(Alert::id));
        List<String> kinds =
                byId.values().stream()
                        .map(same -> same.get(0))
                        .map(a -> a.kind() + " " + a.drug() + "-" + a.target() + " " + a.pmids())
                        .toList();
        int restarts = (ScriptedMiner.created() - minersBefore) / PARALLELISM - 1;
        System.out.printf(
                "neo4j down for %d s: %d alerts sent, %d distinct ids, job restarts: %d%n",
                outageSeconds, alerts.size(), byId.size(), restarts);
        assertThat(kinds)
                .hasSize(13)
                .contains("CORROBORATED Drug1-Target1 [5001, 5013]")
                .filteredOn(k -> k.startsWith("NEW_CLAIM "))
                .hasSize(12);
        if (restarts == 0) {
            assertThat(alerts).as("no restart, so no alert resent").hasSize(13);
        }
    }

    private JobClient startJob(ScriptedMiner miner) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("kafka.bootstrap-servers", kafka.bootstrapServers());
        settings.put("kafka.group-id", "outage-group");
        settings.put("kafka.topics.articles", TOPICS + "articles");
        settings.put("kafka.topics.alerts", TOPICS + "alerts");
        settings.put("kafka.topics.deadletters", TOPICS + "deadletters");
        settings.put("kafka.bounded", "false");
        settings.put("neo4j.uri", neo4j.boltUri());
        settings.put("alerts.corroboration-threshold", "2");
        settings.put("job.parallelism", String.valueOf(PARALLELISM));
        settings.put("job.checkpoint-interval", "1 s");
        settings.put("sink.batch-size", "2");
        settings.put("sink.max-wait", "200 ms");
        settings.put("mining.batch-size", "2");
        settings.put("mining.max-wait", "200 ms");
        Configuration config = ConfigFiles.load(null, settings);
        MiningOptions options =
                MiningOptions.from(config, Map.of(MiningOptions.PASSWORD_ENV, neo4j.password()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        MiningPipeline.addTo(env, options, miner);
        return env.executeAsync("neo4j-outage-it");
    }

    private static String articlesCypher() {
        return "MATCH (a:Article) WHERE a.deleted IS NULL RETURN count(a)";
    }

    private static String assertsCypher() {
        return "MATCH (:Article)-[r:ASSERTS]->(:Claim) RETURN count(r)";
    }

    private long count(String cypher) {
        try (Driver driver = neo4j.driver()) {
            return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
        }
    }

    private long distinctAlertIds() {
        return alerts().stream().map(Alert::id).distinct().count();
    }

    private List<Alert> alerts() {
        return TopicReader.readAll(
                        kafka.bootstrapServers(),
                        TOPICS + "alerts",
                        TopicCodec.alerts(),
                        Duration.ofSeconds(30))
                .stream()
                .map(TopicReader.Keyed::value)
                .toList();
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private void publish(List<PubmedRecord> records) {
        TopicCodec<PubmedRecord> codec = TopicCodec.articles();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            for (PubmedRecord record : records) {
                producer.send(
                        new ProducerRecord<>(
                                TOPICS + "articles", record.pmid(), codec.encode(record)));
            }
        }
    }
}
