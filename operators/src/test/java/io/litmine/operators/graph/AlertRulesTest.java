package io.litmine.operators.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.schemas.Alert;
import io.litmine.schemas.Alert.AlertKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final AlertRules rules = new AlertRules(2);

    private static ClaimSnapshot claim(ClaimKind kind, String... pmids) {
        List<Evidence> evidence =
                Arrays.stream(pmids).map(p -> new Evidence(p, "T" + p, "m", "v1")).toList();
        return new ClaimSnapshot("c1", kind, "inhibitor", "Imatinib", "ABL1", evidence);
    }

    @Test
    void firstEvidenceOfADrugTargetClaimIsANewClaim() {
        List<Alert> alerts =
                rules.alerts(
                        List.of(new ClaimChange(null, claim(ClaimKind.DRUG_TARGET, "1"))), NOW);

        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.NEW_CLAIM);
        assertThat(alerts.get(0).pmids()).containsExactly("1");
        assertThat(alerts.get(0).evidenceCount()).isEqualTo(1);
    }

    @Test
    void reachingTheThresholdIsCorroborated() {
        List<Alert> alerts =
                rules.alerts(
                        List.of(
                                new ClaimChange(
                                        claim(ClaimKind.DRUG_TARGET, "1"),
                                        claim(ClaimKind.DRUG_TARGET, "1", "2"))),
                        NOW);

        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.CORROBORATED);
        assertThat(alerts.get(0).evidenceCount()).isEqualTo(2);
    }

    @Test
    void losingTheLastEvidenceIsRetractedNamingTheLostArticle() {
        List<Alert> alerts =
                rules.alerts(
                        List.of(new ClaimChange(claim(ClaimKind.DRUG_TARGET, "7"), null)), NOW);

        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.RETRACTED);
        assertThat(alerts.get(0).pmids()).containsExactly("7");
        assertThat(alerts.get(0).evidenceCount()).isZero();
    }

    @Test
    void theSameEventAlwaysGetsTheSameAlertId() {
        ClaimChange change = new ClaimChange(null, claim(ClaimKind.DRUG_TARGET, "1"));

        String first = rules.alerts(List.of(change), NOW).get(0).id();
        String later = rules.alerts(List.of(change), NOW.plusSeconds(60)).get(0).id();

        assertThat(later).isEqualTo(first);
    }

    @Test
    void drugDrugClaimsRaiseNoAlerts() {
        assertThat(
                        rules.alerts(
                                List.of(new ClaimChange(null, claim(ClaimKind.DRUG_DRUG, "1"))),
                                NOW))
                .isEmpty();
    }

    @Test
    void aThresholdBelowTwoIsRejected() {
        assertThatThrownBy(() -> new AlertRules(1)).hasMessageContaining(">= 2");
    }
}
