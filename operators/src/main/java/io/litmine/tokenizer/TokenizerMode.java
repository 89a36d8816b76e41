package io.litmine.tokenizer;

/** How {@link BioGptTokenizer} treats text before Moses. */
public enum TokenizerMode {
    /**
     * Exactly Hugging Face's {@code BioGptTokenizer} (apart from special-token text, see there).
     */
    STRICT,
    /**
     * The default: first map the punctuation the vocabulary lacks (curly quotes, en and em dashes,
     * ellipsis, invisible format characters) to ASCII, so PubMed text does not become {@code
     * <unk>}s. See {@link PubmedPunctuation}.
     */
    PUBMED
}
