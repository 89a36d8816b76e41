package io.litmine.operators.flink;

import io.litmine.schemas.Alert;
import io.litmine.schemas.DeadLetter;
import java.io.Serializable;
import java.util.List;

/**
 * What one flush of graph writes produced: the alerts its evidence changes raised and the rows the
 * graph refused. The write operator emits it after the transaction committed, so an alert never
 * announces a write that did not happen.
 */
public record GraphOutcome(List<Alert> alerts, List<DeadLetter> deadLetters)
        implements Serializable {
    public GraphOutcome {
        alerts = List.copyOf(alerts);
        deadLetters = List.copyOf(deadLetters);
    }

    public boolean isEmpty() {
        return alerts.isEmpty() && deadLetters.isEmpty();
    }
}
