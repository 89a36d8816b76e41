package io.litmine.tasks;

import io.litmine.tokenizer.TextTokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns a task's source text into the exact model prefix fairseq built at training and test time:
 * {@code [</s>] + source ids (truncated) + learned prompt ids}. Thread-safe when the tokenizer is.
 *
 * <p>Truncation ({@code LanguageModelPromptDataset.__getitem__}): a source longer than the budget M
 * keeps its first M-1 ids and ends with the id of {@code ...}, so it is exactly M ids long.
 *
 * <p>Learned prompt ids: fairseq encodes {@code "learned1 ... learnedN"} with {@code
 * add_if_not_exist=True}, so each symbol absent from the dictionary is appended to it, taking the
 * next free id in order (42384.. for base BioGPT). A converted checkpoint whose vocab.json already
 * lists {@code learnedK</w>} keeps that id. Both cases are resolved here from the vocabulary.
 */
public final class PromptEncoder {

    private static final String BOUNDARY = "</s>";
    private static final String ELLIPSIS = "..." + PromptVocabulary.WORD_END;

    private final TextTokenizer tokenizer;
    private final int boundaryId;
    private final int ellipsisId;
    private final int[] learnedIds;
    private final int maxSourceTokens;

    private PromptEncoder(
            TextTokenizer tokenizer,
            int boundaryId,
            int ellipsisId,
            int[] learnedIds,
            int maxSourceTokens) {
        this.tokenizer = tokenizer;
        this.boundaryId = boundaryId;
        this.ellipsisId = ellipsisId;
        this.learnedIds = learnedIds;
        this.maxSourceTokens = maxSourceTokens;
    }

    public static PromptEncoder create(
            PromptSpec spec, TextTokenizer tokenizer, PromptVocabulary vocabulary) {
        return new PromptEncoder(
                tokenizer,
                vocabulary.require(BOUNDARY),
                vocabulary.require(ELLIPSIS),
                learnedIds(spec.learnedTokens(), vocabulary),
                spec.maxSourceTokens());
    }

    /** The ids fairseq's {@code Dictionary.encode_line(..., add_if_not_exist=True)} gives. */
    static int[] learnedIds(List<String> names, PromptVocabulary vocabulary) {
        int[] ids = new int[names.size()];
        int next = vocabulary.nextFreeId();
        for (int k = 0; k < ids.length; k++) {
            OptionalInt known = vocabulary.find(names.get(k) + PromptVocabulary.WORD_END);
            ids[k] = known.isPresent() ? known.getAsInt() : next++;
        }
        return ids;
    }

    /** The learned prompt ids, in prompt order. */
    public int[] learnedIds() {
        return learnedIds.clone();
    }

    /** The model prefix for one source text. */
    public int[] encode(String source) {
        int[] sourceIds = truncate(tokenizer.encode(source));
        int[] prefix = new int[1 + sourceIds.length + learnedIds.length];
        prefix[0] = boundaryId;
        System.arraycopy(sourceIds, 0, prefix, 1, sourceIds.length);
        System.arraycopy(learnedIds, 0, prefix, 1 + sourceIds.length, learnedIds.length);
        return prefix;
    }

    private int[] truncate(int[] ids) {
        if (ids.length <= maxSourceTokens) {
            return ids;
        }
        int[] kept = Arrays.copyOf(ids, maxSourceTokens);
        kept[maxSourceTokens - 1] = ellipsisId;
        return kept;
    }
}
