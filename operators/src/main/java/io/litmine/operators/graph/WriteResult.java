package io.litmine.operators.graph;

import io.litmine.schemas.Alert;
import java.io.Serializable;
import java.util.List;

/**
 * What one graph write did.
 *
 * @param changes the claims whose evidence set changed
 * @param ignored updates not applied: an older version than the graph holds, or a deleted article
 * @param alerts the alerts to send: raised by these changes, or still pending from an earlier write
 *     this one replayed (see {@code AlertOutbox})
 */
public record WriteResult(List<ClaimChange> changes, int ignored, List<Alert> alerts)
        implements Serializable {
    public WriteResult {
        changes = List.copyOf(changes);
        alerts = List.copyOf(alerts);
    }
}
