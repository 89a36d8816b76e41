package io.litmine.operators.graph;

import io.litmine.schemas.Alert;
import io.litmine.schemas.InvalidRecordException;
import io.litmine.schemas.TopicCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The alert outbox in the graph: each alert is stored as a pending {@code (:Alert)} node in the
 * same transaction as the change that raised it, and marked sent once the checkpoint covering its
 * emission completed. Why: if the job fails after the graph write but before that checkpoint, the
 * replayed write changes nothing and so raises nothing; the pending node is what lets the replay
 * send the alert again (with the same id).
 */
final class AlertOutbox {
    private static final TopicCodec<Alert> CODEC = TopicCodec.alerts();

    private AlertOutbox() {}

    /**
     * Records {@code raised} as pending, then returns them followed by the alerts still pending
     * from an earlier write of the claims (or retracted PMIDs) this write replayed without change.
     */
    static List<Alert> recordAndCollect(
            TransactionContext tx,
            List<Alert> raised,
            Collection<String> unchangedClaimIds,
            Collection<String> repeatedRetractions) {
        if (!raised.isEmpty()) {
            tx.run(
                            GraphCypher.RECORD_ALERTS,
                            Map.of("rows", raised.stream().map(AlertOutbox::row).toList()))
                    .consume();
        }
        Map<String, Alert> alerts = new LinkedHashMap<>();
        raised.forEach(alert -> alerts.put(alert.id(), alert));
        if (!unchangedClaimIds.isEmpty()) {
            readPending(
                    tx,
                    GraphCypher.READ_PENDING_ALERTS_OF_CLAIMS,
                    Map.of("claimIds", List.copyOf(unchangedClaimIds)),
                    alerts);
        }
        if (!repeatedRetractions.isEmpty()) {
            readPending(
                    tx,
                    GraphCypher.READ_PENDING_ALERTS_OF_ARTICLES,
                    Map.of("pmids", List.copyOf(repeatedRetractions)),
                    alerts);
        }
        return new ArrayList<>(alerts.values());
    }

    private static void readPending(
            TransactionContext tx,
            String query,
            Map<String, Object> params,
            Map<String, Alert> into) {
        tx.run(query, params)
                .forEachRemaining(
                        r -> {
                            Alert pending = decode(r.get("payload").asString());
                            into.putIfAbsent(pending.id(), pending);
                        });
    }

    static void markSent(TransactionContext tx, List<String> alertIds, Instant sentAt) {
        tx.run(
                        GraphCypher.MARK_ALERTS_SENT,
                        Map.of("ids", alertIds, "sentAt", GraphWriter.time(sentAt)))
                .consume();
    }

    private static Map<String, Object> row(Alert alert) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", alert.id());
        row.put("kind", alert.kind().name());
        row.put("claimId", alert.claimId());
        row.put("pmids", alert.pmids());
        row.put("payload", new String(CODEC.encode(alert), StandardCharsets.UTF_8));
        row.put("raisedAt", GraphWriter.time(alert.time()));
        return row;
    }

    private static Alert decode(String payload) {
        try {
            return CODEC.decode(payload.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRecordException e) {
            throw new IllegalStateException(
                    "a pending alert in the graph no longer decodes: " + e.getMessage(), e);
        }
    }
}
