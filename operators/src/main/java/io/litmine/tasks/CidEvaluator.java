package io.litmine.tasks;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The official BC5CDR relation evaluation ({@code bc5cdr_eval.jar}, {@code relation CID}) over
 * PubTator CID lines: set semantics per (pmid, chemical, disease), {@code X} and {@code MESH:X}
 * equal, an empty or {@code -1} id never matching (but still a false positive), lines of pmids the
 * gold standard lacks ignored, and counts summed over all documents (micro average).
 */
public final class CidEvaluator {

    private CidEvaluator() {}

    /** One PubTator relation line {@code pmid\tCID\tchemicalId\tdiseaseId[\tscore]}. */
    public record CidLine(String pmid, String chemicalId, String diseaseId) {
        public CidLine {
            Objects.requireNonNull(pmid, "pmid");
        }

        /** The line as the official post-processing writes it. */
        public String toPubtator() {
            return pmid + "\tCID\t" + chemicalId + "\t" + diseaseId + "\t1.0";
        }
    }

    public static MicroCounts evaluate(List<CidLine> gold, List<CidLine> predicted) {
        Set<Key> goldKeys = keys(gold);
        Set<String> goldPmids = new HashSet<>();
        for (CidLine line : gold) {
            goldPmids.add(line.pmid());
        }
        Set<Key> predictedKeys = new HashSet<>();
        for (Key key : keys(predicted)) {
            if (goldPmids.contains(key.pmid())) {
                predictedKeys.add(key);
            }
        }
        int tp = 0;
        for (Key key : predictedKeys) {
            if (key.matchable() && goldKeys.contains(key)) {
                tp++;
            }
        }
        return new MicroCounts(tp, predictedKeys.size() - tp, goldKeys.size() - tp);
    }

    private static Set<Key> keys(List<CidLine> lines) {
        Set<Key> keys = new HashSet<>();
        for (CidLine line : lines) {
            keys.add(new Key(line.pmid(), meshId(line.chemicalId()), meshId(line.diseaseId())));
        }
        return keys;
    }

    /**
     * The jar's id normalisation: null for none or {@code -1}, else with a {@code MESH:} prefix.
     */
    private static String meshId(String id) {
        if (id == null || id.isEmpty() || id.equals(EntityIds.MISSING)) {
            return null;
        }
        return id.contains(":") ? id : "MESH:" + id;
    }

    private record Key(String pmid, String chemical, String disease) {
        boolean matchable() {
            return chemical != null && disease != null;
        }
    }
}
