package io.litmine.tasks;

import java.util.Objects;

/**
 * One parsed {@code the interaction between S and O is R} statement. KD-DTI: drug, target,
 * interaction; DDI: first drug, second drug, interaction type. Field names follow the official
 * {@code extracted.json} keys.
 */
public record RelationTriple(String subject, String object, String relation) {
    public RelationTriple {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(relation, "relation");
    }
}
