package io.litmine.tasks;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The multi-label set metrics of the official KD-DTI/DDI evaluator, each taken as the better of the
 * abbreviation view and the body view of the whole sets ({@code normed_eval}).
 */
final class SetMetrics {

    /** One of {@code precision}, {@code recall}, {@code acc}. */
    @FunctionalInterface
    interface Metric {
        <T> double apply(Set<T> predicted, Set<T> gold);
    }

    static final Metric PRECISION = SetMetrics::precision;
    static final Metric RECALL = SetMetrics::recall;
    static final Metric ACCURACY = SetMetrics::accuracy;

    private SetMetrics() {}

    /** {@code normed_eval(pred, gold, metric)} for sets of names. */
    static double normedNames(Set<String> predicted, Set<String> gold, Metric metric) {
        return Math.max(
                metric.apply(
                        map(predicted, NameNormalisation::abbreviation),
                        map(gold, NameNormalisation::abbreviation)),
                metric.apply(
                        map(predicted, NameNormalisation::body),
                        map(gold, NameNormalisation::body)));
    }

    /** {@code normed_eval(pred, gold, metric)} for sets of triples, every field mapped. */
    static double normedTriples(Set<NormTriple> predicted, Set<NormTriple> gold, Metric metric) {
        return Math.max(
                metric.apply(
                        map(predicted, t -> t.map(NameNormalisation::abbreviation)),
                        map(gold, t -> t.map(NameNormalisation::abbreviation))),
                metric.apply(
                        map(predicted, t -> t.map(NameNormalisation::body)),
                        map(gold, t -> t.map(NameNormalisation::body))));
    }

    /** {@code get_f1}. */
    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2.0 * p * r / (p + r);
    }

    private static <T> Set<T> map(Set<T> values, UnaryOperator<T> f) {
        Set<T> mapped = new HashSet<>();
        for (T v : values) {
            mapped.add(f.apply(v));
        }
        return mapped;
    }

    private static <T> int overlap(Set<T> a, Set<T> b) {
        int n = 0;
        for (T v : a) {
            if (b.contains(v)) {
                n++;
            }
        }
        return n;
    }

    private static <T> double precision(Set<T> predicted, Set<T> gold) {
        if (predicted.isEmpty()) {
            return predicted.equals(gold) ? 1 : 0;
        }
        return 1.0 * overlap(predicted, gold) / predicted.size();
    }

    private static <T> double recall(Set<T> predicted, Set<T> gold) {
        if (gold.isEmpty()) {
            return predicted.equals(gold) ? 1 : 0;
        }
        return 1.0 * overlap(predicted, gold) / gold.size();
    }

    private static <T> double accuracy(Set<T> predicted, Set<T> gold) {
        if (gold.isEmpty()) {
            return predicted.equals(gold) ? 1 : 0;
        }
        int common = overlap(predicted, gold);
        return 1.0 * common / (predicted.size() + gold.size() - common);
    }

    /** A triple of stored keys ({@link NameNormalisation#key}): drug, target, interaction. */
    record NormTriple(String drug, String target, String interaction) {
        NormTriple map(UnaryOperator<String> f) {
            return new NormTriple(f.apply(drug), f.apply(target), f.apply(interaction));
        }
    }
}
