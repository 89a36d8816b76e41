package io.litmine.generation;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.litmine.model.ModelDirectory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decoder sessions of this JVM, one per model directory, shared by every user (the slots of a
 * TaskManager) and closed by the last one. A session holds the weights (1.4 GB for BioGPT base), so
 * opening one per user would multiply memory; ONNX Runtime sessions are safe to run from several
 * threads at once.
 */
public final class SharedSessions {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSessions.class);
    private static final Map<Path, Entry> OPEN = new HashMap<>();

    private SharedSessions() {}

    /**
     * Returns a lease on the model's session, opening it for the first user.
     *
     * @throws IllegalStateException when the session is already open with other options
     * @throws io.litmine.model.ModelLoadException when the model cannot be opened
     */
    public static synchronized SessionLease acquire(ModelDirectory model, EngineOptions options) {
        Entry entry = OPEN.get(model.root());
        if (entry == null) {
            SessionFactory.OpenedSession opened = SessionFactory.open(model, options);
            entry = new Entry(model, options, opened.session(), opened.provider());
            OPEN.put(model.root(), entry);
        } else if (!entry.options.equals(options)) {
            throw new IllegalStateException(
                    "the session for "
                            + model.root()
                            + " is already open with "
                            + entry.options
                            + "; requested "
                            + options);
        }
        entry.users++;
        return new SessionLease(entry.model, entry.session, entry.provider);
    }

    /** How many users hold the session of this model directory (0 when it is closed). */
    public static synchronized int users(Path modelRoot) {
        Entry entry = OPEN.get(modelRoot.toAbsolutePath().normalize());
        return entry == null ? 0 : entry.users;
    }

    static synchronized void release(ModelDirectory model) {
        Entry entry = OPEN.get(model.root());
        if (entry == null) {
            throw new IllegalStateException("no open session for " + model.root());
        }
        entry.users--;
        if (entry.users == 0) {
            OPEN.remove(model.root());
            closeSession(entry);
        }
    }

    private static void closeSession(Entry entry) {
        try {
            entry.session.close();
            LOG.info("Closed the decoder session of {}", entry.model.root());
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "closing the session of " + entry.model.root() + " failed", e);
        }
    }

    /** Mutable bookkeeping guarded by the class lock. */
    private static final class Entry {
        private final ModelDirectory model;
        private final EngineOptions options;
        private final OrtSession session;
        private final String provider;
        private int users;

        private Entry(
                ModelDirectory model, EngineOptions options, OrtSession session, String provider) {
            this.model = model;
            this.options = options;
            this.session = session;
            this.provider = provider;
        }
    }
}
