package io.litmine.tasks;

import io.litmine.tokenizer.TextTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A task bound to a model's tokenizer and vocabulary: the two calls a generation step needs on
 * either side of the model ({@code litmine extract}, the Flink operator).
 *
 * <pre>
 * List&lt;int[]&gt; prompts = prompter.prompts(article);        // one per source (HoC: sentence)
 * List&lt;String&gt; texts = ... generate and decode each prompt's new ids ...;
 * R result = prompter.result(texts);                     // parse each, combine per article
 * </pre>
 *
 * @param <R> the task's result kind
 */
public final class TaskPrompter<R extends TaskResult> {

    private final BioGptTask<R> task;
    private final PromptEncoder encoder;

    private TaskPrompter(BioGptTask<R> task, PromptEncoder encoder) {
        this.task = task;
        this.encoder = encoder;
    }

    public static <R extends TaskResult> TaskPrompter<R> create(
            BioGptTask<R> task, TextTokenizer tokenizer, PromptVocabulary vocabulary) {
        Objects.requireNonNull(task, "task");
        return new TaskPrompter<>(task, PromptEncoder.create(task.prompt(), tokenizer, vocabulary));
    }

    public BioGptTask<R> task() {
        return task;
    }

    /** The model prefixes for an article, in {@link BioGptTask#sources} order. */
    public List<int[]> prompts(Article article) {
        return promptsForSources(task.sources(article));
    }

    /** The model prefixes for sources already built (a test set's records). */
    public List<int[]> promptsForSources(List<String> sources) {
        List<int[]> prompts = new ArrayList<>();
        for (String source : sources) {
            prompts.add(encoder.encode(source));
        }
        return prompts;
    }

    /** The ids of the task's learned prompt tokens in this model's vocabulary. */
    public int[] learnedIds() {
        return encoder.learnedIds();
    }

    /** The article's result from the decoded generation of each of its prompts, in order. */
    public R result(List<String> generatedPerPrompt) {
        List<R> results = new ArrayList<>();
        for (String generated : generatedPerPrompt) {
            results.add(task.parse(generated));
        }
        return task.combine(results);
    }
}
