package io.litmine.jobs;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A sink that fails the job on the first record it is given (once per JVM), then passes everything
 * to the wrapped sink: a failure after the upstream work is done and before the checkpoint that
 * would cover it. The wrapped sink must not need a committer (an at-least-once KafkaSink does not).
 */
final class FailOnceSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean FAILED = new AtomicBoolean();

    private final Sink<T> delegate;

    FailOnceSink(Sink<T> delegate) {
        this.delegate = delegate;
    }

    /** Whether the injected failure happened in this JVM. */
    static boolean failed() {
        return FAILED.get();
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        SinkWriter<T> writer = delegate.createWriter(context);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context writeContext)
                    throws IOException, InterruptedException {
                if (FAILED.compareAndSet(false, true)) {
                    throw new IllegalStateException("injected failure before sending " + element);
                }
                writer.write(element, writeContext);
            }

            @Override
            public void flush(boolean endOfInput) throws IOException, InterruptedException {
                writer.flush(endOfInput);
            }

            @Override
            public void close() throws Exception {
                writer.close();
            }
        };
    }
}
