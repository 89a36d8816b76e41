package io.litmine.generation;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import io.litmine.model.DecoderContract;
import io.litmine.model.ModelDirectory;
import io.litmine.model.ModelLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a decoder session with the requested execution provider and checks its I/O.
 *
 * <p>Whether CUDA works is decided by trying it: {@code onnxruntime_gpu} lists CUDA as available
 * even where its libraries cannot load (platform.md P11), so the list alone cannot tell.
 */
final class SessionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFactory.class);

    private SessionFactory() {}

    /** The one environment of this JVM (ONNX Runtime keeps it as a singleton). */
    static OrtEnvironment environment() {
        return OrtEnvironment.getEnvironment();
    }

    /**
     * Opens and checks the model's decoder.
     *
     * @throws ModelLoadException when the graph cannot be opened, the provider cannot be used, or
     *     its I/O disagrees with the manifest
     */
    static OpenedSession open(ModelDirectory model, EngineOptions options) {
        OpenedSession opened = openWithProvider(model, options);
        try {
            DecoderContract.forDims(model.manifest().dims())
                    .check(
                            model.decoder() + " (dims from " + describeManifest(model) + ")",
                            opened.session().getInputInfo(),
                            opened.session().getOutputInfo());
            return opened;
        } catch (OrtException | RuntimeException e) {
            closeAfterFailure(opened.session(), e);
            if (e instanceof ModelLoadException load) {
                throw load;
            }
            throw new ModelLoadException("cannot read the I/O of " + model.decoder(), e);
        }
    }

    private static OpenedSession openWithProvider(ModelDirectory model, EngineOptions options) {
        ExecutionProvider provider = options.provider();
        if (provider.kind() == ExecutionProvider.Kind.CPU) {
            return new OpenedSession(create(model, options, false), "cpu");
        }
        try {
            OrtSession session = create(model, options, true);
            LOG.info("Decoder {} runs on CUDA device {}", model.decoder(), provider.device());
            return new OpenedSession(session, "cuda:" + provider.device());
        } catch (CudaUnavailableException e) {
            if (provider.kind() == ExecutionProvider.Kind.CUDA) {
                throw new ModelLoadException(
                        "execution provider "
                                + provider
                                + " cannot be used: "
                                + e.getMessage()
                                + "; available providers: "
                                + OrtEnvironment.getAvailableProviders(),
                        e);
            }
            LOG.info(
                    "Decoder {} runs on CPU: CUDA could not be used ({})",
                    model.decoder(),
                    e.getMessage());
            return new OpenedSession(create(model, options, false), "cpu");
        }
    }

    private static OrtSession create(ModelDirectory model, EngineOptions options, boolean cuda) {
        try (SessionOptions sessionOptions = sessionOptions(options)) {
            if (cuda) {
                addCuda(sessionOptions, options.provider().device());
            }
            return environment().createSession(model.decoder().toString(), sessionOptions);
        } catch (OrtException e) {
            if (cuda) {
                throw new CudaUnavailableException(e.getMessage(), e);
            }
            throw new ModelLoadException(
                    "ONNX Runtime cannot open " + model.decoder() + ": " + e.getMessage(), e);
        }
    }

    private static void addCuda(SessionOptions sessionOptions, int device) {
        try {
            sessionOptions.addCUDA(device);
        } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
            throw new CudaUnavailableException(String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Session settings tuned for a step-wise decoder: all graph optimisations, one inter-op thread
     * (the graph is a chain), and memory-pattern planning off because every step has a new shape,
     * which would make the planner redo its work each run.
     */
    private static SessionOptions sessionOptions(EngineOptions options) throws OrtException {
        SessionOptions sessionOptions = new SessionOptions();
        sessionOptions.setOptimizationLevel(options.optimization());
        sessionOptions.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
        sessionOptions.setInterOpNumThreads(1);
        sessionOptions.setMemoryPatternOptimization(false);
        if (options.intraOpThreads() > 0) {
            sessionOptions.setIntraOpNumThreads(options.intraOpThreads());
        }
        sessionOptions.addConfigEntry(
                "session.intra_op.allow_spinning", options.spinning() ? "1" : "0");
        return sessionOptions;
    }

    private static String describeManifest(ModelDirectory model) {
        return model.root().resolve(ModelDirectory.MANIFEST).toFile().isFile()
                ? ModelDirectory.MANIFEST
                : ModelDirectory.HF_CONFIG;
    }

    private static void closeAfterFailure(OrtSession session, Exception cause) {
        try {
            session.close();
        } catch (OrtException e) {
            cause.addSuppressed(e);
        }
    }

    /** An open session and the provider it ended up on. */
    record OpenedSession(OrtSession session, String provider) {}

    /** CUDA could not be added or the session could not be created with it. */
    private static final class CudaUnavailableException extends RuntimeException {
        CudaUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
