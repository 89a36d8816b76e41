package io.litmine.operators.mining;

import io.litmine.extract.TaskExtractor;
import io.litmine.generation.EngineOptions;
import io.litmine.generation.ExecutionProvider;
import io.litmine.generation.GenerationOptions;
import io.litmine.model.DecodingSettings;
import io.litmine.model.ModelDirectory;
import io.litmine.tasks.Tasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens the BioGPT miner of one operator instance: one {@link TaskExtractor} per configured task,
 * each on its model directory. The ONNX session behind each model is shared by every instance in
 * the JVM (the engine keys sessions by model folder), so the slots of a TaskManager hold one copy
 * of each model.
 */
public final class BioGptMinerFactory implements MinerFactory {
    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> modelDirByTask;
    private final String provider;
    private final int threads;
    private final int batchSize;
    private final Integer maxNewTokens;

    /**
     * @param modelDirByTask task name → model directory, in the order the tasks run
     * @param provider execution provider ("auto", "cpu", "cuda:0")
     * @param threads intra-op threads, 0 for one per core
     * @param batchSize prompts per generation batch
     * @param maxNewTokens cap on generated ids, or null for the model's setting
     */
    public BioGptMinerFactory(
            Map<String, Path> modelDirByTask,
            String provider,
            int threads,
            int batchSize,
            Integer maxNewTokens) {
        this.modelDirByTask = new LinkedHashMap<>();
        modelDirByTask.forEach(
                (task, dir) -> {
                    Tasks.byName(task);
                    this.modelDirByTask.put(task, dir.toString());
                });
        ExecutionProvider.parse(provider);
        this.provider = provider;
        this.threads = threads;
        this.batchSize = batchSize;
        this.maxNewTokens = maxNewTokens;
    }

    /** The conventional layout: {@code <modelsDir>/<task>} for each task. */
    public static Map<String, Path> underOneFolder(Path modelsDir, List<String> tasks) {
        Map<String, Path> dirs = new LinkedHashMap<>();
        tasks.forEach(task -> dirs.put(task, modelsDir.resolve(task)));
        return dirs;
    }

    @Override
    public ArticleMiner create() {
        EngineOptions engine =
                EngineOptions.DEFAULT
                        .withProvider(ExecutionProvider.parse(provider))
                        .withThreads(threads);
        List<BioGptMiner.TaskModel> models = new ArrayList<>();
        try {
            for (Map.Entry<String, String> entry : modelDirByTask.entrySet()) {
                models.add(open(entry.getKey(), Path.of(entry.getValue()), engine));
            }
        } catch (IOException | RuntimeException e) {
            models.forEach(m -> m.extractor().close());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return new BioGptMiner(models);
    }

    private BioGptMiner.TaskModel open(String task, Path dir, EngineOptions engine)
            throws IOException {
        ModelDirectory model = ModelDirectory.load(dir);
        DecodingSettings settings = model.manifest().decoding();
        GenerationOptions decoding =
                new GenerationOptions(
                        maxNewTokens != null ? maxNewTokens : settings.maxNewTokens(),
                        settings.numBeams(),
                        settings.lengthPenalty());
        String sha = model.manifest().provenance().weightsSha256();
        String version =
                sha == null || sha.isBlank()
                        ? "unversioned"
                        : sha.substring(0, Math.min(12, sha.length()));
        return new BioGptMiner.TaskModel(
                task,
                model.root().getFileName().toString(),
                version,
                TaskExtractor.open(Tasks.byName(task), dir, engine, decoding, batchSize));
    }
}
