package io.litmine.ingest;

import io.litmine.schemas.PubmedRecord;

/**
 * Where ingested records go: the Kafka topic, or stdout for {@code --print}. A failure of an
 * asynchronous send is rethrown by the next {@link #send} or by {@link #flush}, so it is never
 * lost, only reported a little later.
 */
public interface RecordSink extends AutoCloseable {

    void send(PubmedRecord record);

    /** Blocks until every record sent so far is durably written (acks=all for Kafka). */
    void flush();

    @Override
    void close();
}
