package io.litmine.generation;

import java.util.Locale;

/**
 * Where the decoder runs: {@code auto} (CUDA when it loads, else CPU), {@code cpu}, or {@code
 * cuda[:device]} (fails, listing the available providers, when CUDA cannot be used).
 *
 * @param kind which provider
 * @param device the CUDA device ordinal (0 unless given)
 */
public record ExecutionProvider(Kind kind, int device) {

    /** The provider families the engine knows. */
    public enum Kind {
        AUTO,
        CPU,
        CUDA
    }

    public static final ExecutionProvider AUTO = new ExecutionProvider(Kind.AUTO, 0);
    public static final ExecutionProvider CPU = new ExecutionProvider(Kind.CPU, 0);

    public ExecutionProvider {
        if (device < 0) {
            throw new IllegalArgumentException("device must be >= 0, got " + device);
        }
        if (kind == Kind.CPU && device != 0) {
            throw new IllegalArgumentException("cpu takes no device, got cpu:" + device);
        }
    }

    /** Parses {@code auto}, {@code cpu}, {@code cuda} or {@code cuda:N} (case-insensitive). */
    public static ExecutionProvider parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        String[] parts = value.split(":", 2);
        try {
            Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            int device = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return new ExecutionProvider(kind, device);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "execution provider '" + text + "' is not one of auto, cpu, cuda, cuda:N", e);
        }
    }

    @Override
    public String toString() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return kind == Kind.CUDA ? name + ":" + device : name;
    }
}
