package io.litmine.generation;

import java.util.Locale;

/**
 * Which decoding loop runs a model: the step-wise loop in Java over {@code decoder.onnx}, or the
 * in-graph search of {@code search.onnx}, where ONNX Runtime runs the whole loop and the key/value
 * cache never leaves the execution provider (the GPU-resident path).
 */
public enum Engine {
    /**
     * {@code search.onnx} when the directory has one that can decode the request, else step-wise.
     */
    AUTO,
    /** The Java loop over the step-wise decoder. */
    STEPWISE,
    /** The in-graph search; fails when the directory has no {@code search.onnx}. */
    SEARCH;

    /** Parses {@code auto}, {@code stepwise} or {@code search} (case-insensitive). */
    public static Engine parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "engine '" + text + "' is not one of auto, stepwise, search", e);
        }
    }
}
