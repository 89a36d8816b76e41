package io.litmine.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * litmine's {@code model.json}: everything a job needs to run one task model besides the weights
 * and the vocabulary. Immutable and validated at construction so a bad file fails at load.
 *
 * @param task the task the model was fine-tuned for ({@code kd-dti}, {@code ddi}, {@code bc5cdr},
 *     {@code hoc}, or {@code lm} for a plain language model)
 * @param format the I/O format of the decoder; only {@link #DECODER_WITH_PAST} exists
 * @param decoder file name of the ONNX decoder inside the model directory
 * @param dims the decoder's shape, checked against the graph
 * @param specialIds pad, eos and friends
 * @param learnedPromptIds the ids appended after the source (BioGPT's learned prompt)
 * @param maxSourceTokens the source truncation length M of the task (0 when not a task model)
 * @param decoding how to decode
 * @param labels the task's label set (empty when it has none)
 * @param provenance what the weights were exported from
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModelManifest(
        String task,
        String format,
        String decoder,
        ModelDims dims,
        SpecialIds specialIds,
        List<Integer> learnedPromptIds,
        int maxSourceTokens,
        DecodingSettings decoding,
        List<String> labels,
        Provenance provenance) {

    /** The step-wise decoder of DESIGN.md: input ids, mask and past in; logits and present out. */
    public static final String DECODER_WITH_PAST = "decoder-with-past";

    public ModelManifest {
        task = task == null ? "lm" : task;
        format = format == null ? DECODER_WITH_PAST : format;
        if (!DECODER_WITH_PAST.equals(format)) {
            throw new IllegalArgumentException(
                    "format '" + format + "' is not supported; expected " + DECODER_WITH_PAST);
        }
        Objects.requireNonNull(dims, "dims");
        specialIds = specialIds == null ? SpecialIds.BIOGPT : specialIds;
        learnedPromptIds = learnedPromptIds == null ? List.of() : List.copyOf(learnedPromptIds);
        decoding = decoding == null ? DecodingSettings.GREEDY : decoding;
        labels = labels == null ? List.of() : List.copyOf(labels);
        provenance = provenance == null ? Provenance.unknown("model.json") : provenance;
        checkIds(dims, specialIds, learnedPromptIds);
        if (maxSourceTokens < 0 || maxSourceTokens > dims.maxPositions()) {
            throw new IllegalArgumentException(
                    "max_source_tokens "
                            + maxSourceTokens
                            + " is outside 0.."
                            + dims.maxPositions());
        }
    }

    private static void checkIds(ModelDims dims, SpecialIds ids, List<Integer> learned) {
        for (int id : List.of(ids.pad(), ids.eos())) {
            if (id < 0 || id >= dims.vocabSize()) {
                throw new IllegalArgumentException(
                        "special id " + id + " is outside the vocabulary of " + dims.vocabSize());
            }
        }
        for (int id : learned) {
            if (id < 0 || id >= dims.vocabSize()) {
                throw new IllegalArgumentException(
                        "learned prompt id "
                                + id
                                + " is outside the vocabulary of "
                                + dims.vocabSize());
            }
        }
    }
}
