package io.litmine.schemas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A value on the {@code mining.alerts} topic: a drug–target claim got its first evidence, reached
 * the corroboration threshold, or lost its last evidence. Immutable; the {@link #id()} is derived
 * from the claim and the event, so a replay can only resend the same alert, never a new one.
 *
 * @param id deterministic alert id (the Kafka key is the claim id)
 * @param kind what happened to the claim
 * @param claimId the claim's graph id
 * @param claimKind "drug-target", "drug-drug" or "chemical-disease"
 * @param drug the subject's display name
 * @param target the object's display name
 * @param interaction the interaction type, as the model emits it
 * @param evidenceCount distinct articles asserting the claim after this event
 * @param pmids the articles asserting the claim after this event (for RETRACTED: the last one)
 * @param titles the titles of those articles, same order
 * @param model the model (task) that extracted the claim
 * @param modelVersion the model's version (manifest checksum)
 * @param time when the event was detected
 */
@JsonPropertyOrder({
    "id",
    "kind",
    "claimId",
    "claimKind",
    "drug",
    "target",
    "interaction",
    "evidenceCount",
    "pmids",
    "titles",
    "model",
    "modelVersion",
    "time"
})
public record Alert(
        String id,
        AlertKind kind,
        String claimId,
        String claimKind,
        String drug,
        String target,
        String interaction,
        int evidenceCount,
        List<String> pmids,
        List<String> titles,
        String model,
        String modelVersion,
        Instant time)
        implements Serializable {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claimId, "claimId");
        pmids = List.copyOf(Objects.requireNonNull(pmids, "pmids"));
        titles = List.copyOf(Objects.requireNonNull(titles, "titles"));
        Objects.requireNonNull(time, "time");
    }

    /** What happened to the claim. */
    public enum AlertKind {
        /** The claim got its first evidence. */
        NEW_CLAIM,
        /** The claim's evidence reached the configured number of distinct articles. */
        CORROBORATED,
        /** The claim lost its last evidence (deletion or superseded version). */
        RETRACTED
    }
}
