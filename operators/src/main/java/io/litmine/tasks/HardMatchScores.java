package io.litmine.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every figure the official KD-DTI/DDI evaluator prints, unrounded.
 *
 * @param documents "num sample": documents scored
 * @param numGold distinct gold triples, summed over documents
 * @param numPredicted distinct predicted triples, summed over documents
 * @param precision "tp p": mean per-document precision
 * @param recall "tp r": mean per-document recall
 * @param f1 "tp micro f1": mean per-document F1, the paper's F1
 * @param macroF1 "tp macro f1": F1 of {@code precision} and {@code recall}
 * @param accuracyDrug "acc d": mean per-document Jaccard of the drug sets
 * @param accuracyTarget "acc t"
 * @param accuracyInteraction "acc i"
 * @param ontologyPrecision "all p": over the union of all documents' triples
 * @param ontologyRecall "all r"
 * @param ontologyF1 "onto f1"
 * @param ontologyEntityF1 "Ontology: f1 d / t / i", keyed d, t, i
 */
public record HardMatchScores(
        int documents,
        int numGold,
        int numPredicted,
        double precision,
        double recall,
        double f1,
        double macroF1,
        double accuracyDrug,
        double accuracyTarget,
        double accuracyInteraction,
        double ontologyPrecision,
        double ontologyRecall,
        double ontologyF1,
        Map<String, Double> ontologyEntityF1) {

    public HardMatchScores {
        ontologyEntityF1 = Map.copyOf(ontologyEntityF1);
    }

    /** The headline figures, with the rest as details named like the official output. */
    public TaskScores toTaskScores() {
        Map<String, Number> details = new LinkedHashMap<>();
        details.put("num_sample", documents);
        details.put("num_gold", numGold);
        details.put("num_pred", numPredicted);
        details.put("macro_f1", macroF1);
        details.put("acc_d", accuracyDrug);
        details.put("acc_t", accuracyTarget);
        details.put("acc_i", accuracyInteraction);
        details.put("onto_f1_d", ontologyEntityF1.get("d"));
        details.put("onto_f1_t", ontologyEntityF1.get("t"));
        details.put("onto_f1_i", ontologyEntityF1.get("i"));
        details.put("onto_all_p", ontologyPrecision);
        details.put("onto_all_r", ontologyRecall);
        details.put("onto_f1", ontologyF1);
        return new TaskScores(precision, recall, f1, details);
    }
}
