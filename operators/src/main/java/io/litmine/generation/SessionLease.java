package io.litmine.generation;

import ai.onnxruntime.OrtSession;
import io.litmine.model.ModelDirectory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One user's hold on a shared decoder session. Closing it gives the hold back (once; a second close
 * does nothing); the session itself closes with its last lease.
 */
public final class SessionLease implements AutoCloseable {

    private final ModelDirectory model;
    private final OrtSession session;
    private final String provider;
    private final AtomicBoolean released = new AtomicBoolean();

    SessionLease(ModelDirectory model, OrtSession session, String provider) {
        this.model = model;
        this.session = session;
        this.provider = provider;
    }

    public ModelDirectory model() {
        return model;
    }

    /** The provider the session runs on: {@code cpu} or {@code cuda:N}. */
    public String provider() {
        return provider;
    }

    OrtSession session() {
        if (released.get()) {
            throw new IllegalStateException("the lease on " + model.root() + " was closed");
        }
        return session;
    }

    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            SharedSessions.release(model);
        }
    }
}
