package io.litmine.operators.graph;

/**
 * The kinds of claim the graph holds, each with the node labels of its subject and object. Labels
 * come from here, never from data, so the Cypher built from them stays a fixed set of constants.
 */
public enum ClaimKind {
    DRUG_TARGET("drug-target", "Drug", "Target"),
    DRUG_DRUG("drug-drug", "Drug", "Drug"),
    CHEMICAL_DISEASE("chemical-disease", "Chemical", "Disease");

    private final String graphName;
    private final String subjectLabel;
    private final String objectLabel;

    ClaimKind(String graphName, String subjectLabel, String objectLabel) {
        this.graphName = graphName;
        this.subjectLabel = subjectLabel;
        this.objectLabel = objectLabel;
    }

    /** The {@code kind} property of a {@code :Claim} node, e.g. {@code drug-target}. */
    public String graphName() {
        return graphName;
    }

    public String subjectLabel() {
        return subjectLabel;
    }

    public String objectLabel() {
        return objectLabel;
    }

    /** The kind whose {@link #graphName()} is {@code name}; the error lists the valid ones. */
    public static ClaimKind fromGraphName(String name) {
        for (ClaimKind kind : values()) {
            if (kind.graphName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown claim kind '"
                        + name
                        + "', expected drug-target, drug-drug or"
                        + " chemical-disease");
    }
}
