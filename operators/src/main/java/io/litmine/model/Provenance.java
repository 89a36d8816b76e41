package io.litmine.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where the weights came from, so that every claim in the graph can name the model that made it.
 *
 * @param exportedFrom the checkpoint (path, hub id or URL) the exporter read
 * @param exporter the exporter and its version
 * @param weightsSha256 checksum of the ONNX weights file, hex
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Provenance(String exportedFrom, String exporter, String weightsSha256) {

    /** For folders that carry no manifest (a bare Hugging Face export). */
    public static Provenance unknown(String what) {
        return new Provenance(what, "unknown", "");
    }
}
