package io.litmine.jobs;

import io.litmine.operators.flink.DecodeFunction;
import io.litmine.operators.flink.GraphOutcome;
import io.litmine.operators.flink.MiningOperator;
import io.litmine.operators.flink.Neo4jWriteOperator;
import io.litmine.operators.flink.NewestVersionFunction;
import io.litmine.operators.flink.RawRecord;
import io.litmine.operators.flink.RecordTypes;
import io.litmine.operators.graph.ArticleUpdate;
import io.litmine.operators.mining.ClaimAssembler;
import io.litmine.operators.mining.MinerFactory;
import io.litmine.schemas.Alert;
import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeadLetter;
import io.litmine.schemas.DeletionRecord;
import io.litmine.schemas.PubmedRecord;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.typeutils.runtime.kryo.JavaSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * The topology of the mining job, with its source and sinks given, so that tests run exactly the
 * graph production runs:
 *
 * <pre>
 * source ─► decode+validate ─bad─► dead letters
 *        ─► keyBy(PMID) newest version ─► mine (micro-batches) ─► Neo4j write ─► alerts
 *                                                                             └─► refused rows
 * </pre>
 *
 * Every operator has a name and a stable uid (the constants below), so savepoints survive changes.
 */
public final class MiningJob {
    public static final String SOURCE_NAME = "articles-source";
    public static final String SOURCE_UID = "articles-source-v1";
    public static final String DECODE_NAME = "decode-validate";
    public static final String DECODE_UID = "decode-validate-v1";
    public static final String NEWEST_NAME = "newest-version";
    public static final String NEWEST_UID = "newest-version-v1";
    public static final String MINE_NAME = "mine-articles";
    public static final String MINE_UID = "mine-articles-v1";
    public static final String GRAPH_NAME = "neo4j-write";
    public static final String GRAPH_UID = "neo4j-write-v1";
    public static final String ALERTS_NAME = "alerts";
    public static final String ALERTS_UID = "alerts-v1";
    public static final String ALERT_SINK_NAME = "alert-sink";
    public static final String ALERT_SINK_UID = "alert-sink-v1";
    public static final String REJECTS_NAME = "graph-rejects";
    public static final String REJECTS_UID = "graph-rejects-v1";
    public static final String DEAD_LETTER_SINK_NAME = "dead-letter-sink";
    public static final String DEAD_LETTER_SINK_UID = "dead-letter-sink-v1";

    private final Source<RawRecord, ?, ?> source;
    private final Neo4jWriteOperator graphWriter;
    private final Sink<Alert> alertSink;
    private final Sink<DeadLetter> deadLetterSink;
    private final MinerFactory minerFactory;
    private final ClaimAssembler assembler;
    private final MiningOptions.MinerOptions mining;

    public MiningJob(
            Source<RawRecord, ?, ?> source,
            Neo4jWriteOperator graphWriter,
            Sink<Alert> alertSink,
            Sink<DeadLetter> deadLetterSink,
            MinerFactory minerFactory,
            ClaimAssembler assembler,
            MiningOptions.MinerOptions mining) {
        this.source = source;
        this.graphWriter = graphWriter;
        this.alertSink = alertSink;
        this.deadLetterSink = deadLetterSink;
        this.minerFactory = minerFactory;
        this.assembler = assembler;
        this.mining = mining;
    }

    /** Adds the topology to {@code env}. */
    public void addTo(StreamExecutionEnvironment env) {
        registerTypes(env);
        SingleOutputStreamOperator<PubmedRecord> decoded =
                env.fromSource(source, watermarks(), SOURCE_NAME)
                        .uid(SOURCE_UID)
                        .process(new DecodeFunction(mining.maxAbstractChars()))
                        .returns(RecordTypes.PUBMED_RECORD)
                        .name(DECODE_NAME)
                        .uid(DECODE_UID);
        SingleOutputStreamOperator<ArticleUpdate> mined =
                decoded.keyBy(PubmedRecord::pmid)
                        .process(new NewestVersionFunction())
                        .returns(RecordTypes.PUBMED_RECORD)
                        .name(NEWEST_NAME)
                        .uid(NEWEST_UID)
                        .keyBy(PubmedRecord::pmid)
                        .transform(
                                MINE_NAME,
                                RecordTypes.ARTICLE_UPDATE,
                                new MiningOperator(
                                        minerFactory,
                                        assembler,
                                        mining.batchSize(),
                                        mining.maxWait()))
                        .uid(MINE_UID);
        SingleOutputStreamOperator<GraphOutcome> written =
                mined.transform(GRAPH_NAME, RecordTypes.GRAPH_OUTCOME, graphWriter).uid(GRAPH_UID);
        written.flatMap(
                        (GraphOutcome outcome, Collector<Alert> out) ->
                                outcome.alerts().forEach(out::collect))
                .returns(RecordTypes.ALERT)
                .name(ALERTS_NAME)
                .uid(ALERTS_UID)
                .sinkTo(alertSink)
                .name(ALERT_SINK_NAME)
                .uid(ALERT_SINK_UID);
        DataStream<DeadLetter> rejects =
                written.flatMap(
                                (GraphOutcome outcome, Collector<DeadLetter> out) ->
                                        outcome.deadLetters().forEach(out::collect))
                        .returns(RecordTypes.DEAD_LETTER)
                        .name(REJECTS_NAME)
                        .uid(REJECTS_UID);
        decoded.getSideOutput(DecodeFunction.DEAD_LETTERS)
                .union(rejects, mined.getSideOutput(MiningOperator.DEAD_LETTERS))
                .sinkTo(deadLetterSink)
                .name(DEAD_LETTER_SINK_NAME)
                .uid(DEAD_LETTER_SINK_UID);
    }

    /** Event time is the Kafka record's time; articles are not windowed, so lateness is loose. */
    private static WatermarkStrategy<RawRecord> watermarks() {
        return WatermarkStrategy.<RawRecord>forBoundedOutOfOrderness(Duration.ofMinutes(1))
                .withTimestampAssigner((record, previous) -> record.timestamp())
                .withIdleness(Duration.ofMinutes(1));
    }

    /**
     * The values between operators are immutable records with {@code List.copyOf} lists, which Kryo
     * cannot rebuild; Java serialization can. Records are not copied between chained operators
     * (immutable, so object reuse is safe).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void registerTypes(StreamExecutionEnvironment env) {
        Class<? extends com.esotericsoftware.kryo.Serializer<?>> javaSerialization =
                (Class) JavaSerializer.class;
        env.getConfig().enableObjectReuse();
        SerializerConfigImpl serializers =
                (SerializerConfigImpl) env.getConfig().getSerializerConfig();
        for (Class<?> type :
                new Class<?>[] {
                    RawRecord.class,
                    PubmedRecord.class,
                    ArticleRecord.class,
                    DeletionRecord.class,
                    ArticleUpdate.class,
                    GraphOutcome.class,
                    Alert.class,
                    DeadLetter.class
                }) {
            serializers.addDefaultKryoSerializer(type, javaSerialization);
        }
    }
}
