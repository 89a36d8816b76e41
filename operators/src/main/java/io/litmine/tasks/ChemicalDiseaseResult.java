package io.litmine.tasks;

import java.util.List;

/**
 * The chemical-induced-disease pairs of one BC5CDR generation, as names, in text order with
 * duplicates kept. Empty exactly when the official script writes nothing for the document.
 */
public record ChemicalDiseaseResult(List<ChemicalDiseasePair> pairs) implements TaskResult {
    public ChemicalDiseaseResult {
        pairs = List.copyOf(pairs);
    }

    @Override
    public boolean failed() {
        return pairs.isEmpty();
    }
}
