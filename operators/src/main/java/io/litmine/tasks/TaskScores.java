package io.litmine.tasks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headline numbers of an evaluation plus the evaluator's other figures, in print order.
 *
 * @param precision the official precision (NaN where the official evaluator prints NaN)
 * @param recall the official recall
 * @param f1 the figure the paper reports as F1
 * @param details further figures (counts, secondary scores), keyed as the evaluator prints them
 */
public record TaskScores(double precision, double recall, double f1, Map<String, Number> details) {
    public TaskScores {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
