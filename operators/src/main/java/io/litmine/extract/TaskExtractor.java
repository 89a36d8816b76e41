package io.litmine.extract;

import io.litmine.generation.Engine;
import io.litmine.generation.EngineOptions;
import io.litmine.generation.Generation;
import io.litmine.generation.GenerationEngine;
import io.litmine.generation.GenerationEngines;
import io.litmine.generation.GenerationOptions;
import io.litmine.model.ModelDirectory;
import io.litmine.tasks.Article;
import io.litmine.tasks.BioGptTask;
import io.litmine.tasks.PromptVocabulary;
import io.litmine.tasks.TaskPrompter;
import io.litmine.tasks.TaskResult;
import io.litmine.tokenizer.BioGptTokenizer;
import io.litmine.tokenizer.TokenizerMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A BioGPT task run end to end on a model directory: articles → prompts (task + tokenizer) →
 * generated ids (ONNX Runtime) → text → typed results. The glue between the tokenizer, the tasks
 * and the engine, so {@code litmine extract} and the Flink operator share one path. The model
 * session is shared per JVM, step-wise or in-graph search ({@link GenerationEngines}); {@link
 * #close()} releases this user.
 *
 * @param <R> the task's result kind
 */
public final class TaskExtractor<R extends TaskResult> implements AutoCloseable {
    private final TaskPrompter<R> prompter;
    private final BioGptTokenizer tokenizer;
    private final GenerationEngine generator;
    private final GenerationOptions decoding;
    private final int batchSize;

    private TaskExtractor(
            TaskPrompter<R> prompter,
            BioGptTokenizer tokenizer,
            GenerationEngine generator,
            GenerationOptions decoding,
            int batchSize) {
        this.prompter = prompter;
        this.tokenizer = tokenizer;
        this.generator = generator;
        this.decoding = decoding;
        this.batchSize = batchSize;
    }

    /** Opens {@code task} on {@code modelDir} with the engine {@code auto} chooses. */
    public static <R extends TaskResult> TaskExtractor<R> open(
            BioGptTask<R> task,
            Path modelDir,
            EngineOptions engine,
            GenerationOptions decoding,
            int batchSize)
            throws IOException {
        return open(task, modelDir, engine, Engine.AUTO, decoding, batchSize);
    }

    /**
     * Opens {@code task} on the model in {@code modelDir}.
     *
     * @throws IllegalArgumentException when the model cannot serve the task (no rows for its
     *     learned prompt tokens, vocabulary files missing)
     */
    public static <R extends TaskResult> TaskExtractor<R> open(
            BioGptTask<R> task,
            Path modelDir,
            EngineOptions options,
            Engine engine,
            GenerationOptions decoding,
            int batchSize)
            throws IOException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        ModelDirectory model = ModelDirectory.load(modelDir);
        Path vocab =
                model.vocabJson()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                model.root() + " has no vocab.json"));
        BioGptTokenizer tokenizer = BioGptTokenizer.load(model.root(), TokenizerMode.PUBMED);
        TaskPrompter<R> prompter =
                TaskPrompter.create(
                        task,
                        tokenizer,
                        new PromptVocabulary(tokenizer.vocabulary(), vocab.toString()));
        LearnedRows.check(task.name(), prompter.learnedIds(), model);
        return new TaskExtractor<>(
                prompter,
                tokenizer,
                GenerationEngines.open(model, options, engine, decoding.numBeams()),
                decoding,
                batchSize);
    }

    public BioGptTask<R> task() {
        return prompter.task();
    }

    /** The execution provider the session runs on ("cpu", "cuda:0"). */
    public String provider() {
        return generator.provider();
    }

    /**
     * One article's extraction: the generated text of each of its prompts, the result, and how many
     * ids were generated for it (the tokens/s metric).
     */
    public record Extraction<R extends TaskResult>(
            List<String> generated, R result, long generatedIds) {
        public Extraction {
            generated = List.copyOf(generated);
        }
    }

    /** Extracts from every article, in order, generating in batches. */
    public List<Extraction<R>> extract(List<Article> articles) {
        List<List<int[]>> prompts = new ArrayList<>();
        for (Article article : articles) {
            prompts.add(prompter.prompts(article));
        }
        return fromPrompts(prompts);
    }

    /** The same for sources already built (a test set's records), one list per record. */
    public List<Extraction<R>> extractSources(List<List<String>> sourcesPerRecord) {
        List<List<int[]>> prompts = new ArrayList<>();
        for (List<String> sources : sourcesPerRecord) {
            prompts.add(prompter.promptsForSources(sources));
        }
        return fromPrompts(prompts);
    }

    private List<Extraction<R>> fromPrompts(List<List<int[]>> promptsPerRecord) {
        List<int[]> flat = new ArrayList<>();
        promptsPerRecord.forEach(flat::addAll);
        List<Decoded> decoded = generate(flat);
        List<Extraction<R>> extractions = new ArrayList<>();
        int next = 0;
        for (List<int[]> prompts : promptsPerRecord) {
            List<Decoded> own = decoded.subList(next, next + prompts.size());
            next += prompts.size();
            List<String> texts = own.stream().map(Decoded::text).toList();
            long ids = own.stream().mapToLong(Decoded::ids).sum();
            extractions.add(new Extraction<>(texts, prompter.result(texts), ids));
        }
        return extractions;
    }

    /** The text generated after one prompt and the number of ids generated. */
    private record Decoded(String text, int ids) {}

    /** The text generated after each prompt, batch by batch, in prompt order. */
    private List<Decoded> generate(List<int[]> prompts) {
        List<Decoded> out = new ArrayList<>(prompts.size());
        for (int from = 0; from < prompts.size(); from += batchSize) {
            List<int[]> batch = prompts.subList(from, Math.min(prompts.size(), from + batchSize));
            for (Generation generation : generator.generate(batch, decoding)) {
                out.add(
                        new Decoded(
                                tokenizer.decode(withoutEos(generation.newIds())),
                                generation.newIds().size()));
            }
        }
        return out;
    }

    /** The new ids without the closing {@code </s>}; decoding drops specials anyway. */
    private int[] withoutEos(List<Integer> ids) {
        int length = ids.size();
        if (length > 0 && ids.get(length - 1) == tokenizer.bosId()) {
            length--;
        }
        int[] out = new int[length];
        for (int i = 0; i < length; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }

    @Override
    public void close() {
        generator.close();
    }
}
