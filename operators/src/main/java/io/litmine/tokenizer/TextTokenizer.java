package io.litmine.tokenizer;

/**
 * Text to model ids and back, the contract the tasks build prompts on. Implementations are
 * thread-safe: one instance is shared by every slot of a TaskManager.
 */
public interface TextTokenizer {

    /** The ids of {@code text}, without special tokens (no leading {@code </s>}). */
    int[] encode(String text);

    /** The text of {@code ids}, special tokens skipped. */
    String decode(int[] ids);
}
