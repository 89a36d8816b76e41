package io.litmine.operators.graph;

import java.io.Serializable;
import java.util.Set;

/**
 * How one claim's evidence changed in one write: the input of the alert rules.
 *
 * @param before the claim before the write, or null when it did not exist
 * @param after the claim after the write, or null when it lost its last evidence (and was removed)
 */
public record ClaimChange(ClaimSnapshot before, ClaimSnapshot after) implements Serializable {
    public ClaimChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after");
        }
    }

    public String claimId() {
        return after != null ? after.id() : before.id();
    }

    public int evidenceBefore() {
        return before == null ? 0 : before.evidence().size();
    }

    public int evidenceAfter() {
        return after == null ? 0 : after.evidence().size();
    }

    /** Whether the set of asserting articles differs (not just its size). */
    public boolean changed() {
        Set<String> was = before == null ? Set.of() : before.pmids();
        Set<String> is = after == null ? Set.of() : after.pmids();
        return !was.equals(is);
    }
}
