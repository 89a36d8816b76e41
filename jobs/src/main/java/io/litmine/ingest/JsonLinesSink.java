package io.litmine.ingest;

import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.io.PrintWriter;

/** Writes each record as one line of JSON, exactly the value that would go to Kafka. */
public final class JsonLinesSink implements RecordSink {
    private final TopicCodec<PubmedRecord> codec = TopicCodec.articles();
    private final PrintWriter out;

    public JsonLinesSink(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void send(PubmedRecord record) {
        out.println(codec.encodeToString(record));
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
