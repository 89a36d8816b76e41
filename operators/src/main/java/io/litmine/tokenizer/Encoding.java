package io.litmine.tokenizer;

import java.util.List;

/**
 * The encoding of one text: the BPE pieces and their ids, without the leading {@code </s>}.
 *
 * @param tokens the BPE pieces; the last piece of each word ends in {@code </w>}
 * @param ids the vocabulary id of each piece ({@code <unk>} for a piece the vocabulary lacks); a
 *     fresh array owned by the caller
 */
public record Encoding(List<String> tokens, int[] ids) {
    public Encoding {
        tokens = List.copyOf(tokens);
    }
}
