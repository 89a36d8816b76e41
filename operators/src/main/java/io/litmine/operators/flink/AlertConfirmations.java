package io.litmine.operators.flink;

import io.litmine.schemas.Alert;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which emitted alerts wait for a checkpoint to confirm them. An alert emitted before the barrier
 * of checkpoint n is in Kafka once n completes, and only then may the outbox mark it sent. Until
 * then it stays pending in the graph; this subtask does not emit it again meanwhile (another write
 * of the same claim would otherwise resend it), but a restarted one, which starts empty, does.
 *
 * <p>Plain Java, used only from the task thread.
 */
final class AlertConfirmations {
    private final Set<String> awaiting = new HashSet<>();
    private List<String> sinceLastBarrier = new ArrayList<>();
    private final TreeMap<Long, List<String>> byCheckpoint = new TreeMap<>();

    /** The alerts to emit now: those not already emitted and waiting for their checkpoint. */
    List<Alert> toEmit(List<Alert> alerts) {
        List<Alert> emit = new ArrayList<>();
        for (Alert alert : alerts) {
            if (awaiting.add(alert.id())) {
                sinceLastBarrier.add(alert.id());
                emit.add(alert);
            }
        }
        return emit;
    }

    /** Everything emitted so far is covered by {@code checkpointId}. */
    void barrier(long checkpointId) {
        if (!sinceLastBarrier.isEmpty()) {
            byCheckpoint.put(checkpointId, sinceLastBarrier);
            sinceLastBarrier = new ArrayList<>();
        }
    }

    /**
     * The alert ids a completed checkpoint confirms: those of it and of earlier ones (a
     * notification can be skipped, and a failed marking is retried with the next one).
     */
    List<String> confirmedBy(long checkpointId) {
        List<String> ids = new ArrayList<>();
        byCheckpoint.headMap(checkpointId, true).values().forEach(ids::addAll);
        return ids;
    }

    /** The ids {@link #confirmedBy} returned were marked sent in the graph. */
    void markedSent(long checkpointId) {
        Map<Long, List<String>> done = byCheckpoint.headMap(checkpointId, true);
        done.values().forEach(awaiting::removeAll);
        done.clear();
    }
}
