package io.litmine.operators.graph;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A claim as the graph holds it at one moment, with its evidence sorted by PMID. Evidence counts
 * are the size of this set, never a stored counter, so replays cannot inflate them.
 */
public record ClaimSnapshot(
        String id,
        ClaimKind kind,
        String type,
        String subjectName,
        String objectName,
        List<Evidence> evidence)
        implements Serializable {

    public ClaimSnapshot {
        evidence = evidence.stream().sorted(Comparator.comparing(Evidence::pmid)).toList();
    }

    public Set<String> pmids() {
        return evidence.stream().map(Evidence::pmid).collect(Collectors.toSet());
    }
}
