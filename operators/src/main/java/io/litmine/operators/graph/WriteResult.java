package io.litmine.operators.graph;

import java.io.Serializable;
import java.util.List;

/**
 * What one graph write did.
 *
 * @param changes the claims whose evidence set changed
 * @param ignored updates not applied: an older version than the graph holds, or a deleted article
 */
public record WriteResult(List<ClaimChange> changes, int ignored) implements Serializable {
    public WriteResult {
        changes = List.copyOf(changes);
    }
}
