package io.litmine.tasks;

import io.litmine.tasks.SetMetrics.NormTriple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official KD-DTI/DDI evaluator ({@code hard_match_evaluation.py}, "Sample" and "Ontology"
 * scores). Per document, the predicted and gold triples become sets of stored keys; precision,
 * recall and F1 are taken per document and averaged. The paper's F1 is the average of the
 * per-document F1 ("tp micro f1"), not the F1 of the averaged precision and recall.
 */
public final class HardMatchEvaluator {

    private static final String FAILED = "failed";

    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();
    private final List<Double> f1s = new ArrayList<>();
    private final List<List<Double>> entityAccuracies =
            List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private final Set<NormTriple> allPredicted = new HashSet<>();
    private final Set<NormTriple> allGold = new HashSet<>();
    private int numPredicted;
    private int numGold;

    /**
     * Scores documents aligned by position; a null prediction counts as an empty one.
     *
     * @param gold each document's gold triples
     * @param predicted each document's parsed result (or null)
     */
    public static HardMatchScores evaluate(
            List<List<RelationTriple>> gold, List<RelationResult> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(
                    gold.size() + " gold documents but " + predicted.size() + " predictions");
        }
        HardMatchEvaluator evaluator = new HardMatchEvaluator();
        for (int i = 0; i < gold.size(); i++) {
            evaluator.add(keys(gold.get(i)), keys(predicted.get(i)));
        }
        return evaluator.scores();
    }

    /**
     * The prediction's keys. The official script drops the whole document when its first triple's
     * subject is {@code failed}, which also catches a real drug literally named so; a later {@code
     * failed} triple is scored like any other.
     */
    private static Set<NormTriple> keys(RelationResult result) {
        if (result == null
                || result.triples().isEmpty()
                || result.triples().get(0).subject().equals(FAILED)) {
            return Set.of();
        }
        return keys(result.triples());
    }

    private static Set<NormTriple> keys(List<RelationTriple> triples) {
        Set<NormTriple> keys = new HashSet<>();
        for (RelationTriple t : triples) {
            keys.add(
                    new NormTriple(
                            NameNormalisation.key(t.subject()),
                            NameNormalisation.key(t.object()),
                            NameNormalisation.key(t.relation())));
        }
        return keys;
    }

    private void add(Set<NormTriple> gold, Set<NormTriple> predicted) {
        double p = SetMetrics.normedTriples(predicted, gold, SetMetrics.PRECISION);
        double r = SetMetrics.normedTriples(predicted, gold, SetMetrics.RECALL);
        precisions.add(p);
        recalls.add(r);
        f1s.add(SetMetrics.f1(p, r));
        for (int field = 0; field < 3; field++) {
            entityAccuracies
                    .get(field)
                    .add(
                            SetMetrics.normedNames(
                                    field(predicted, field),
                                    field(gold, field),
                                    SetMetrics.ACCURACY));
        }
        allPredicted.addAll(predicted);
        allGold.addAll(gold);
        numPredicted += predicted.size();
        numGold += gold.size();
    }

    private static Set<String> field(Set<NormTriple> triples, int field) {
        Set<String> values = new HashSet<>();
        for (NormTriple t : triples) {
            values.add(field == 0 ? t.drug() : field == 1 ? t.target() : t.interaction());
        }
        return values;
    }

    private HardMatchScores scores() {
        double p = mean(precisions);
        double r = mean(recalls);
        double ontoP = SetMetrics.normedTriples(allPredicted, allGold, SetMetrics.PRECISION);
        double ontoR = SetMetrics.normedTriples(allPredicted, allGold, SetMetrics.RECALL);
        return new HardMatchScores(
                f1s.size(),
                numGold,
                numPredicted,
                p,
                r,
                mean(f1s),
                SetMetrics.f1(p, r),
                mean(entityAccuracies.get(0)),
                mean(entityAccuracies.get(1)),
                mean(entityAccuracies.get(2)),
                ontoP,
                ontoR,
                SetMetrics.f1(ontoP, ontoR),
                ontologyF1s());
    }

    private Map<String, Double> ontologyF1s() {
        Map<String, Double> f1ByField = new LinkedHashMap<>();
        String[] names = {"d", "t", "i"};
        for (int field = 0; field < 3; field++) {
            Set<String> predicted = field(allPredicted, field);
            Set<String> gold = field(allGold, field);
            f1ByField.put(
                    names[field],
                    SetMetrics.f1(
                            SetMetrics.normedNames(predicted, gold, SetMetrics.PRECISION),
                            SetMetrics.normedNames(predicted, gold, SetMetrics.RECALL)));
        }
        return f1ByField;
    }

    /**
     * {@code ave}: summed in order, like Python's {@code sum}, so the figures match bit for bit.
     */
    private static double mean(List<Double> values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return 1.0 * sum / values.size();
    }
}
