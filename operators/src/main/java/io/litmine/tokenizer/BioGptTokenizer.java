package io.litmine.tokenizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The BioGPT tokenizer, equal to Hugging Face's {@code BioGptTokenizer} (biogpt-spec §1): Moses
 * English tokenization with aggressive dash splits and XML escaping, BPE over code points with
 * {@code </w>} word ends, ids from {@code vocab.json}; decoding maps ids to pieces, removes the BPE
 * and runs the Moses detokenizer. One instance is meant to be shared by every thread: it is
 * immutable apart from its bounded, thread-safe BPE cache.
 *
 * <p>Deliberate deviations from Hugging Face:
 *
 * <ul>
 *   <li>Text that spells a special token ({@code </s>}, {@code <unk>}, {@code <s>}, {@code <pad>})
 *       is plain text in both modes, never a special id. HF splits its input on those strings
 *       first, which lets a PubMed abstract inject control tokens into the model's input.
 *   <li>In the default {@link TokenizerMode#PUBMED} mode, punctuation the vocabulary lacks is first
 *       mapped to ASCII ({@link PubmedPunctuation}); {@link TokenizerMode#STRICT} does not.
 *   <li>No cap on the length of a word is needed: BPE of a very long word (say a megabyte without a
 *       space) runs in O(n log n) with the same result as HF's quadratic loop ({@link
 *       BytePairEncoder}); words longer than {@value #LONGEST_CACHED_WORD} chars are not cached.
 *   <li>{@link #decode} drops ids beyond the vocabulary (the learned prompt ids of the fine-tuned
 *       models) as well as the special tokens, and never applies HF's {@code
 *       clean_up_tokenization}, which the BioGPT pipeline does not use either.
 * </ul>
 */
public final class BioGptTokenizer implements TextTokenizer {
    public static final int DEFAULT_CACHE_CAPACITY = 100_000;
    static final int LONGEST_CACHED_WORD = 100;

    private final TokenizerMode mode;
    private final Vocabulary vocabulary;
    private final BpeMerges merges;
    private final BytePairEncoder bpe;
    private final int[] symbolIds;
    private final MosesTokenizer moses;
    private final MosesDetokenizer detokenizer;
    private final BoundedCache<String, WordPieces> cache;

    private BioGptTokenizer(
            TokenizerMode mode, Vocabulary vocabulary, BpeMerges merges, int cacheCapacity) {
        MosesResources resources = MosesResources.english();
        this.mode = Objects.requireNonNull(mode, "mode");
        this.vocabulary = vocabulary;
        this.merges = merges;
        this.bpe = new BytePairEncoder(merges);
        this.symbolIds = new int[merges.symbolCount()];
        for (int symbol = 0; symbol < symbolIds.length; symbol++) {
            symbolIds[symbol] = vocabulary.idOf(merges.symbol(symbol));
        }
        this.moses = new MosesTokenizer(resources);
        this.detokenizer = new MosesDetokenizer(resources);
        this.cache = new BoundedCache<>(cacheCapacity);
    }

    /** The {@link TokenizerMode#PUBMED} tokenizer of a model directory. */
    public static BioGptTokenizer load(Path modelDir) throws IOException {
        return load(modelDir, TokenizerMode.PUBMED);
    }

    public static BioGptTokenizer load(Path modelDir, TokenizerMode mode) throws IOException {
        return load(modelDir, mode, DEFAULT_CACHE_CAPACITY);
    }

    /**
     * Loads {@code vocab.json} and {@code merges.txt} from {@code modelDir}, in either layout:
     * merges with counts (a copy of fastBPE's {@code bpecodes}) or without (as HF saves them).
     *
     * @param cacheCapacity the most words the BPE cache holds; 0 disables it
     * @throws IOException naming the file when one is missing or malformed
     */
    public static BioGptTokenizer load(Path modelDir, TokenizerMode mode, int cacheCapacity)
            throws IOException {
        Path vocab = modelDir.resolve("vocab.json");
        Path mergesFile = modelDir.resolve("merges.txt");
        for (Path file : List.of(vocab, mergesFile)) {
            if (!Files.isRegularFile(file)) {
                throw new IOException(
                        "tokenizer file "
                                + file
                                + " not found (a model directory holds"
                                + " vocab.json and merges.txt)");
            }
        }
        return new BioGptTokenizer(
                mode, Vocabulary.load(vocab), BpeMerges.load(mergesFile), cacheCapacity);
    }

    @Override
    public int[] encode(String text) {
        return encodeWords(wordsOf(text), 0);
    }

    /** The model input: {@code </s>} (id 2 in BioGPT) followed by {@link #encode}. */
    public int[] encodeWithBos(String text) {
        int[] ids = encodeWords(wordsOf(text), 1);
        ids[0] = vocabulary.bosId();
        return ids;
    }

    /** The BPE pieces and ids of {@code text}, without {@code </s>}. */
    public Encoding encodeWithTokens(String text) {
        List<WordPieces> words = wordsOf(text);
        List<String> tokens = new ArrayList<>();
        for (WordPieces word : words) {
            for (int i = 0; i < word.size(); i++) {
                tokens.add(word.piece(i));
            }
        }
        return new Encoding(tokens, encodeWords(words, 0));
    }

    /** The BPE pieces of {@code text} (HF {@code tokenize}). */
    public List<String> tokens(String text) {
        return encodeWithTokens(text).tokens();
    }

    /** The Moses tokens of {@code text} in this mode (HF {@code moses_tokenize}). */
    public List<String> mosesTokens(String text) {
        return moses.tokenize(prepare(text));
    }

    /**
     * The text of model ids: special tokens and ids beyond the vocabulary (learned prompt ids) are
     * left out, the rest detokenized as BioGPT's pipeline does.
     *
     * @throws IllegalArgumentException for a negative id, which no model produces
     */
    @Override
    public String decode(int[] ids) {
        return decodePieces(vocabulary.piecesOf(ids));
    }

    /**
     * HF {@code convert_tokens_to_string}: pieces to words ({@code </w>} ends one), detokenized.
     */
    public String decodePieces(List<String> pieces) {
        StringBuilder joined = new StringBuilder();
        for (String piece : pieces) {
            joined.append(piece.replace(" ", ""));
        }
        String words = joined.toString().replace(BpeMerges.WORD_END, " ");
        return detokenizer.detokenize(PythonWhitespace.split(words));
    }

    public TokenizerMode mode() {
        return mode;
    }

    public int bosId() {
        return vocabulary.bosId();
    }

    /**
     * The vocabulary as read from {@code vocab.json}, piece → id, unmodifiable: the task prompter
     * looks up its special and learned-prompt pieces here instead of reading the file again.
     */
    public Map<String, Integer> vocabulary() {
        return vocabulary.asMap();
    }

    public int unkId() {
        return vocabulary.unkId();
    }

    private String prepare(String text) {
        Objects.requireNonNull(text, "text");
        return mode == TokenizerMode.PUBMED ? PubmedPunctuation.normalize(text) : text;
    }

    private List<WordPieces> wordsOf(String text) {
        List<String> mosesTokens = moses.tokenize(prepare(text));
        List<WordPieces> words = new ArrayList<>(mosesTokens.size());
        for (String token : mosesTokens) {
            words.add(
                    token.length() > LONGEST_CACHED_WORD
                            ? piecesOf(token)
                            : cache.get(token, this::piecesOf));
        }
        return words;
    }

    private static int[] encodeWords(List<WordPieces> words, int offset) {
        int length = offset;
        for (WordPieces word : words) {
            length += word.size();
        }
        int[] ids = new int[length];
        int at = offset;
        for (WordPieces word : words) {
            word.copyIds(ids, at);
            at += word.size();
        }
        return ids;
    }

    private WordPieces piecesOf(String token) {
        int[] symbols = bpe.encode(token);
        String[] pieces = new String[symbols.length];
        int[] ids = new int[symbols.length];
        for (int i = 0; i < symbols.length; i++) {
            int symbol = symbols[i];
            if (symbol >= 0) {
                pieces[i] = merges.symbol(symbol);
                ids[i] = symbolIds[symbol];
            } else {
                String text = Character.toString(-1 - symbol);
                pieces[i] = i == symbols.length - 1 ? text + BpeMerges.WORD_END : text;
                ids[i] = vocabulary.idOf(pieces[i]);
            }
        }
        return new WordPieces(pieces, ids);
    }

    /** Words cached now (for tests and metrics). */
    int cachedWords() {
        return cache.size();
    }

    @Override
    public String toString() {
        return "BioGptTokenizer[mode="
                + mode
                + ", vocabulary="
                + vocabulary.size()
                + ", merges="
                + merges.mergeCount()
                + "]";
    }
}
