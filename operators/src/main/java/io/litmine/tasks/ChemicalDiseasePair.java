package io.litmine.tasks;

import java.util.Objects;

/** One parsed {@code the relation between C and D exists} statement of BC5CDR, as names. */
public record ChemicalDiseasePair(String chemical, String disease) {
    public ChemicalDiseasePair {
        Objects.requireNonNull(chemical, "chemical");
        Objects.requireNonNull(disease, "disease");
    }
}
