package io.litmine.operators.mining;

import io.litmine.operators.graph.ClaimKind;
import java.io.Serializable;
import java.util.Objects;

/**
 * One relation as a model wrote it: names not yet normalised.
 *
 * @param kind drug-target (KD-DTI), drug-drug (DDI) or chemical-disease (BC5CDR)
 * @param subject the drug or chemical name
 * @param object the target, second drug or disease name
 * @param type the interaction type ("" when the task has none)
 * @param task the task name (kd-dti, ddi, bc5cdr)
 * @param model the model name
 * @param modelVersion the model's version
 */
public record ExtractedRelation(
        ClaimKind kind,
        String subject,
        String object,
        String type,
        String task,
        String model,
        String modelVersion)
        implements Serializable {

    public ExtractedRelation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelVersion, "modelVersion");
    }
}
