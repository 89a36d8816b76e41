package io.litmine.tasks;

import java.util.List;

/**
 * The triples of one KD-DTI or DDI generation, in text order with duplicates kept (the evaluation
 * removes them). Empty exactly when the official script would report the line as failed and write
 * its {@code ("failed", "failed", "failed")} placeholder.
 */
public record RelationResult(List<RelationTriple> triples) implements TaskResult {
    public RelationResult {
        triples = List.copyOf(triples);
    }

    @Override
    public boolean failed() {
        return triples.isEmpty();
    }
}
