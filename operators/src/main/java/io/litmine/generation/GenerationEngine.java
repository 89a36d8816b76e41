package io.litmine.generation;

import io.litmine.model.ModelDirectory;
import java.util.List;

/**
 * What callers need from a decoding engine, whichever loop runs it ({@link Generator}: step-wise in
 * Java; {@link InGraphSearch}: inside ONNX Runtime). Open one with {@link GenerationEngines#open}.
 */
public interface GenerationEngine extends AutoCloseable {

    /**
     * Generates for every prompt; results are in prompt order.
     *
     * @throws IllegalArgumentException for prompts the {@link PromptRule} refuses, naming the row
     * @throws GenerationException when ONNX Runtime fails
     */
    List<Generation> generate(List<int[]> prompts, GenerationOptions options);

    /**
     * Checks one prompt without running it, so a caller can reject a bad record alone.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    void checkPrompt(String label, int[] prompt);

    ModelDirectory model();

    /** The provider the session runs on: {@code cpu} or {@code cuda:N}. */
    String provider();

    /** Which loop this is: {@code stepwise} or {@code search}. */
    String engineName();

    @Override
    void close();
}
