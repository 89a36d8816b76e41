package io.litmine.operators.graph;

import io.litmine.schemas.Alert;
import io.litmine.schemas.Alert.AlertKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns evidence changes of drug–target claims into alerts: NEW_CLAIM when a claim gets its first
 * evidence, CORROBORATED when its evidence reaches {@code corroborationThreshold} distinct
 * articles, RETRACTED when it loses its last. Only changes fire, and a replay changes nothing, so a
 * replay sends nothing. The alert id hashes the claim, the kind and the evidence PMIDs the alert
 * names: the same event always gets the same id, so consumers can deduplicate a resend.
 */
public final class AlertRules implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int corroborationThreshold;

    public AlertRules(int corroborationThreshold) {
        if (corroborationThreshold < 2) {
            throw new IllegalArgumentException(
                    "corroboration threshold must be >= 2 articles, got " + corroborationThreshold);
        }
        this.corroborationThreshold = corroborationThreshold;
    }

    public List<Alert> alerts(List<ClaimChange> changes, Instant now) {
        List<Alert> alerts = new ArrayList<>();
        for (ClaimChange change : changes) {
            ClaimSnapshot claim = change.after() != null ? change.after() : change.before();
            if (claim.kind() != ClaimKind.DRUG_TARGET) {
                continue;
            }
            int was = change.evidenceBefore();
            int is = change.evidenceAfter();
            if (was == 0 && is > 0) {
                alerts.add(alert(AlertKind.NEW_CLAIM, change.after(), now));
            }
            if (was < corroborationThreshold && is >= corroborationThreshold) {
                alerts.add(alert(AlertKind.CORROBORATED, change.after(), now));
            }
            if (was > 0 && is == 0) {
                alerts.add(alert(AlertKind.RETRACTED, change.before(), now));
            }
        }
        return alerts;
    }

    /** For RETRACTED, {@code claim} is the last state with evidence: the articles it lost. */
    private static Alert alert(AlertKind kind, ClaimSnapshot claim, Instant now) {
        List<String> pmids = claim.evidence().stream().map(Evidence::pmid).toList();
        List<String> titles = claim.evidence().stream().map(Evidence::title).toList();
        Evidence first = claim.evidence().get(0);
        int count = kind == AlertKind.RETRACTED ? 0 : pmids.size();
        return new Alert(
                Claim.hash(claim.id() + '\u0000' + kind + '\u0000' + String.join(",", pmids)),
                kind,
                claim.id(),
                claim.kind().graphName(),
                claim.subjectName(),
                claim.objectName(),
                claim.type(),
                count,
                pmids,
                titles,
                first.model(),
                first.modelVersion(),
                now);
    }
}
