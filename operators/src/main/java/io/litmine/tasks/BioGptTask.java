package io.litmine.tasks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One fine-tuned BioGPT task, text in and text out. The model sits between the two halves:
 *
 * <pre>
 * article ──sources()──► source texts ──PromptEncoder──► prompt ids ──generate──► ids
 *         ──decode──► generated text ──parse()──► one result per source ──combine()──► result
 * </pre>
 *
 * A task is stateless and thread-safe; it knows nothing of tokenizers or ONNX, so the command line,
 * the Flink operator and the tests share it.
 *
 * @param <R> the kind of result the task produces
 */
public interface BioGptTask<R extends TaskResult> {

    /** The name on the command line, e.g. {@code kd-dti}. */
    String name();

    /** The learned prompt and source budget the task's checkpoint was trained with. */
    PromptSpec prompt();

    /** The labels the model was trained to emit (informative: parsing does not validate them). */
    List<String> labels();

    /**
     * The source texts the model is run on for this article, built exactly as the task's {@code
     * rebuild_data.py} built them. One for the relation tasks; one per sentence for HoC.
     */
    List<String> sources(Article article);

    /** The official post-processing of one generated text (the text after the prompt). */
    R parse(String generated);

    /**
     * The article's result from the results of its sources, in {@link #sources} order. The relation
     * tasks have exactly one source.
     */
    default R combine(List<R> perSource) {
        if (perSource.size() != 1) {
            throw new IllegalArgumentException(
                    name() + " expects one result per article, got " + perSource.size());
        }
        return perSource.get(0);
    }

    /** The task's test file as staged in {@code data/biogpt}, with the official evaluation. */
    TestSet<R> readTestSet(Path file) throws IOException;
}
