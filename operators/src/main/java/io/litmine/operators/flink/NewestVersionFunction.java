package io.litmine.operators.flink;

import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeletionRecord;
import io.litmine.schemas.PubmedRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by PMID: lets through only a version newer than any seen, and a deletion once. An older or
 * repeated version is dropped (it would only repeat or undo work); after a deletion every version
 * is dropped. The state is one int per PMID: the newest version, or {@link #DELETED}.
 */
public final class NewestVersionFunction
        extends KeyedProcessFunction<String, PubmedRecord, PubmedRecord> {
    private static final long serialVersionUID = 1L;
    private static final int DELETED = Integer.MAX_VALUE;

    private transient ValueState<Integer> newest;
    private transient Counter dropped;

    @Override
    public void open(OpenContext context) {
        newest =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("newest-version", Types.INT));
        dropped = getRuntimeContext().getMetricGroup().counter("staleVersionsDropped");
    }

    @Override
    public void processElement(PubmedRecord record, Context ctx, Collector<PubmedRecord> out)
            throws Exception {
        Integer seen = newest.value();
        int incoming = record instanceof ArticleRecord article ? article.version() : DELETED;
        if (seen != null && (seen == DELETED || incoming <= seen)) {
            dropped.inc();
            return;
        }
        newest.update(record instanceof DeletionRecord ? DELETED : incoming);
        out.collect(record);
    }
}
