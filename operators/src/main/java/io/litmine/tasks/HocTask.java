package io.litmine.tasks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hallmarks-of-cancer classification (DC-HoC-BioGPT). The checkpoint was trained on single
 * sentences ({@code <sentence>.} in, {@code the type of this document is <label>|<label>.} out), so
 * an article is split into sentences ({@link SentenceSplitter}), each sentence is classified, and
 * the article gets the union of the hallmarks.
 */
public final class HocTask extends AbstractBioGptTask<HallmarkResult> {

    /** train.sh: {@code --learned-prompt 1}, {@code --max-source-positions 900}. */
    private static final PromptSpec PROMPT = PromptSpec.learned(1, 900);

    /** The label meaning "no hallmark"; a class of its own in the official evaluation. */
    public static final String EMPTY = "empty";

    /** The ten hallmarks and {@code empty}, exactly as the model emits them. */
    public static final List<String> LABELS =
            List.of(
                    "sustaining proliferative signaling",
                    "evading growth suppressors",
                    "resisting cell death",
                    "enabling replicative immortality",
                    "inducing angiogenesis",
                    "activating invasion and metastasis",
                    "genomic instability and mutation",
                    "tumor promoting inflammation",
                    "cellular energetics",
                    "avoiding immune destruction",
                    EMPTY);

    public HocTask() {
        super("hoc", PROMPT, LABELS);
    }

    /** The title as one sentence, then the abstract's sentences; each as the model saw them. */
    @Override
    public List<String> sources(Article article) {
        List<String> sentences = new ArrayList<>();
        if (!PythonText.strip(article.title()).isEmpty()) {
            sentences.add(sentenceSource(article.title()));
        }
        for (String sentence : SentenceSplitter.split(article.abstractText())) {
            sentences.add(sentenceSource(sentence));
        }
        return sentences;
    }

    /**
     * {@code rebuild_data.py}: newlines removed, stripped, and a {@code .} appended unless the
     * sentence already ends in one. Not lower-cased.
     */
    static String sentenceSource(String sentence) {
        String source = PythonText.strip(sentence.replace("\n", ""));
        return source.endsWith(".") ? source : source + ".";
    }

    @Override
    public HallmarkResult parse(String generated) {
        return HallmarkStatement.parse(generated);
    }

    /**
     * The union of the sentences' hallmarks, in label order. {@code empty} is reported only when
     * some sentence was classified and none named a hallmark; the result is failed only when every
     * sentence failed (or there was none).
     */
    @Override
    public HallmarkResult combine(List<HallmarkResult> perSentence) {
        if (perSentence.stream().allMatch(HallmarkResult::failed)) {
            return new HallmarkResult(true, HallmarkResult.FAILED, List.of());
        }
        List<String> hallmarks =
                LABELS.stream()
                        .filter(label -> !label.equals(EMPTY))
                        .filter(
                                label ->
                                        perSentence.stream()
                                                .anyMatch(s -> s.labels().contains(label)))
                        .toList();
        List<String> labels = hallmarks.isEmpty() ? List.of(EMPTY) : hallmarks;
        return new HallmarkResult(false, String.join(" | ", labels), labels);
    }

    @Override
    public TestSet<HallmarkResult> readTestSet(Path file) throws IOException {
        return HocTestSet.read(file);
    }
}
