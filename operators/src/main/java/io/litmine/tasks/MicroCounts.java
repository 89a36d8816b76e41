package io.litmine.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * True positives, false positives and false negatives summed over a whole test set, with the
 * micro-averaged scores the two official evaluators derive from them. They differ only in 0/0: the
 * BC5CDR jar does plain double division (NaN), scikit-learn reports 0.
 */
public record MicroCounts(int truePositives, int falsePositives, int falseNegatives) {

    /** {@code bc5cdr_eval.jar}: P, R and F with Java's double arithmetic, NaN included. */
    public TaskScores jarScores() {
        double p = (double) truePositives / (truePositives + falsePositives);
        double r = (double) truePositives / (truePositives + falseNegatives);
        return new TaskScores(p, r, 2 * p * r / (p + r), counts());
    }

    /** scikit-learn {@code average='micro'}: 0 wherever a denominator is 0. */
    public TaskScores sklearnScores() {
        double p = ratio(truePositives, truePositives + falsePositives);
        double r = ratio(truePositives, truePositives + falseNegatives);
        double f1 = ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
        return new TaskScores(p, r, f1, counts());
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private Map<String, Number> counts() {
        Map<String, Number> counts = new LinkedHashMap<>();
        counts.put("tp", truePositives);
        counts.put("fp", falsePositives);
        counts.put("fn", falseNegatives);
        return counts;
    }
}
