package io.litmine.operators.flink;

import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeadLetter;
import io.litmine.schemas.InvalidRecordException;
import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes and validates {@code pubmed.articles} records. What cannot be mined (not JSON, wrong
 * schema, no abstract, an abstract longer than the limit) goes to {@link #DEAD_LETTERS} with the
 * reason; nothing is dropped silently and nothing bad stops the job.
 */
public final class DecodeFunction extends ProcessFunction<RawRecord, PubmedRecord> {
    private static final long serialVersionUID = 1L;

    /** Side output of the records that failed. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", RecordTypes.DEAD_LETTER) {};

    private final int maxAbstractChars;
    private transient TopicCodec<PubmedRecord> codec;
    private transient Counter rejected;

    public DecodeFunction(int maxAbstractChars) {
        this.maxAbstractChars = maxAbstractChars;
    }

    @Override
    public void open(OpenContext context) {
        codec = TopicCodec.articles();
        rejected = getRuntimeContext().getMetricGroup().counter("deadLetters");
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<PubmedRecord> out) {
        try {
            PubmedRecord record = codec.decode(raw.value());
            String problem = problem(record);
            if (problem == null) {
                out.collect(record);
            } else {
                reject(raw, problem, ctx);
            }
        } catch (InvalidRecordException e) {
            reject(raw, e.getMessage(), ctx);
        }
    }

    /** Why a well-formed record cannot be mined, or null. */
    private String problem(PubmedRecord record) {
        if (record instanceof ArticleRecord article) {
            if (article.abstractText().isBlank()) {
                return "empty abstract: nothing to mine (pmid " + article.pmid() + ")";
            }
            if (article.abstractText().length() > maxAbstractChars) {
                return "abstract of "
                        + article.abstractText().length()
                        + " chars exceeds the limit of "
                        + maxAbstractChars
                        + " (pmid "
                        + article.pmid()
                        + ")";
            }
        }
        return null;
    }

    private void reject(RawRecord raw, String reason, Context ctx) {
        rejected.inc();
        ctx.output(
                DEAD_LETTERS,
                DeadLetter.of(
                        raw.topic(),
                        raw.partition(),
                        raw.offset(),
                        raw.key(),
                        reason,
                        raw.value(),
                        Instant.now()));
    }
}
