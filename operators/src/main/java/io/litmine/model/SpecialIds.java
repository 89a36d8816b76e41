package io.litmine.model;

/**
 * Token ids with a meaning to decoding. They come from the model's files, never from constants in
 * code, because fine-tuned vocabularies may differ.
 *
 * @param bos beginning of sequence (BioGPT: 0, unused by its prompts)
 * @param pad padding; never generated
 * @param eos end of sequence; BioGPT also starts every input with it
 * @param unk unknown token
 */
public record SpecialIds(int bos, int pad, int eos, int unk) {

    /** BioGPT's ids, the defaults when a Hugging Face config does not name them. */
    public static final SpecialIds BIOGPT = new SpecialIds(0, 1, 2, 3);
}
