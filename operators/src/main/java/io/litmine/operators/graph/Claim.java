package io.litmine.operators.graph;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One statement an article makes, with the model that read it there. Two articles that make the
 * same statement make the same claim: the {@link #id()} depends only on kind, entity keys and type,
 * so evidence from any number of articles (or replays) meets on one node.
 *
 * @param kind what the claim relates
 * @param subject the drug or chemical
 * @param object the target, second drug or disease
 * @param type the interaction type as the model emits it ("" for chemical-disease)
 * @param task the task that extracted it (e.g. kd-dti)
 * @param model the model name
 * @param modelVersion the model's version (manifest checksum)
 */
public record Claim(
        ClaimKind kind,
        Entity subject,
        Entity object,
        String type,
        String task,
        String model,
        String modelVersion)
        implements Serializable {

    public Claim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelVersion, "modelVersion");
    }

    /** The claim's graph id: a hash of kind, subject key, object key and type. */
    public String id() {
        return idOf(kind, subject.key(), object.key(), type);
    }

    static String idOf(ClaimKind kind, String subjectKey, String objectKey, String type) {
        return hash(
                kind.graphName() + '\u0000' + subjectKey + '\u0000' + objectKey + '\u0000' + type);
    }

    /** First 96 bits of SHA-256, hex: short, stable across JVMs and releases. */
    static String hash(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
