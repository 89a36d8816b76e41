package io.litmine.schemas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A PMID listed under {@code DeleteCitation} in an update file: NLM withdrew the citation, so every
 * claim it supported must be retracted downstream.
 */
@JsonPropertyOrder({"type", "pmid", "source"})
public record DeletionRecord(String pmid, String source) implements PubmedRecord {

    /** The envelope's {@code type} value. */
    public static final String TYPE = "deletion";

    public DeletionRecord {
        Objects.requireNonNull(pmid, "pmid");
    }
}
