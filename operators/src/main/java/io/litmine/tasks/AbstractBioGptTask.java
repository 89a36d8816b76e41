package io.litmine.tasks;

import java.util.List;

/**
 * The fixed facts of a task (its name, its learned prompt and source budget, its labels) held as
 * data, so each task class states them once in its constructor and only implements what differs:
 * how an article becomes sources, how generated text parses, how its test set reads.
 *
 * @param <R> what the task extracts from one article
 */
abstract class AbstractBioGptTask<R extends TaskResult> implements BioGptTask<R> {
    private final String name;
    private final PromptSpec prompt;
    private final List<String> labels;

    AbstractBioGptTask(String name, PromptSpec prompt, List<String> labels) {
        this.name = name;
        this.prompt = prompt;
        this.labels = List.copyOf(labels);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final PromptSpec prompt() {
        return prompt;
    }

    @Override
    public final List<String> labels() {
        return labels;
    }

    @Override
    public String toString() {
        return name;
    }
}
