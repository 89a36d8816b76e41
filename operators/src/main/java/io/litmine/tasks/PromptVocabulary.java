package io.litmine.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A model's {@code vocab.json} (piece → id, Hugging Face layout: word-final pieces end in {@code
 * </w>}), read for the ids a prompt needs besides the text's: {@code </s>}, {@code ...} and the
 * learned prompt tokens. They are looked up, never hard-coded, so a model with another vocabulary
 * (BioGPT-Large) gets its own ids. Built from the tokenizer's map when there is a tokenizer, so the
 * file is read once per model.
 */
public final class PromptVocabulary {

    /** The suffix HF's converter gives every dictionary symbol that ends a word. */
    public static final String WORD_END = "</w>";

    private final Map<String, Integer> ids;
    private final String source;
    private final int nextFreeId;

    public PromptVocabulary(Map<String, Integer> ids, String source) {
        this.ids = Map.copyOf(ids);
        this.source = source;
        this.nextFreeId =
                this.ids.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    public static PromptVocabulary read(Path vocabJson) throws IOException {
        Map<String, Integer> ids =
                new ObjectMapper().readValue(vocabJson.toFile(), new TypeReference<>() {});
        return new PromptVocabulary(ids, vocabJson.toString());
    }

    /** The id of {@code piece}, if the vocabulary has it. */
    public OptionalInt find(String piece) {
        Integer id = ids.get(piece);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /**
     * The id of {@code piece}; failing loudly, since a missing special token means a wrong file.
     */
    public int require(String piece) {
        Integer id = ids.get(piece);
        if (id == null) {
            throw new IllegalArgumentException(source + " has no entry '" + piece + "'");
        }
        return id;
    }

    /** The id fairseq gives the first symbol it appends ({@code len(dictionary)}). */
    public int nextFreeId() {
        return nextFreeId;
    }
}
