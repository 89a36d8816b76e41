package io.litmine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Derives a manifest from Hugging Face's {@code config.json}, so a bare export (config, ONNX
 * decoder, vocabulary) runs without a hand-written {@code model.json}. Such a model is a plain
 * language model: no task, no learned prompt, greedy decoding.
 */
final class HfConfig {

    private HfConfig() {}

    static ModelManifest toManifest(JsonNode config, Path file) {
        ModelDims dims =
                new ModelDims(
                        required(config, "vocab_size", file),
                        required(config, "hidden_size", file),
                        required(config, "num_hidden_layers", file),
                        required(config, "num_attention_heads", file),
                        required(config, "max_position_embeddings", file));
        SpecialIds ids =
                new SpecialIds(
                        config.path("bos_token_id").asInt(SpecialIds.BIOGPT.bos()),
                        config.path("pad_token_id").asInt(SpecialIds.BIOGPT.pad()),
                        config.path("eos_token_id").asInt(SpecialIds.BIOGPT.eos()),
                        SpecialIds.BIOGPT.unk());
        return new ModelManifest(
                "lm",
                ModelManifest.DECODER_WITH_PAST,
                null,
                dims,
                ids,
                List.of(),
                0,
                DecodingSettings.GREEDY,
                List.of(),
                Provenance.unknown(file.toString()));
    }

    private static int required(JsonNode config, String field, Path file) {
        JsonNode value = config.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IllegalArgumentException(file + " lacks the integer field " + field);
        }
        return value.asInt();
    }
}
