package io.litmine.tasks;

import java.util.List;
import java.util.Map;

/**
 * A task's test set together with its official evaluator.
 *
 * @param <R> the task's result kind
 */
public interface TestSet<R extends TaskResult> {

    /** The records in official order (the order of the test file). */
    List<TestRecord> records();

    /**
     * Scores predictions keyed by record id. A record without a prediction is scored as an empty
     * (failed) prediction, which the official scripts cannot express: they require one line per
     * record.
     */
    TaskScores score(Map<String, R> predictions);
}
