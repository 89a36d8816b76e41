package io.litmine.operators.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.schemas.Alert;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertConfirmationsTest {
    private final AlertConfirmations confirmations = new AlertConfirmations();

    @Test
    void anAlertWaitingForItsCheckpointIsNotEmittedTwice() {
        assertThat(confirmations.toEmit(List.of(alert("a"), alert("b")))).hasSize(2);

        assertThat(confirmations.toEmit(List.of(alert("a"), alert("c"))))
                .extracting(Alert::id)
                .containsExactly("c");
    }

    @Test
    void aCompletedCheckpointConfirmsWhatWasEmittedBeforeItsBarrierAndEarlierOnes() {
        confirmations.toEmit(List.of(alert("a")));
        confirmations.barrier(1);
        confirmations.toEmit(List.of(alert("b")));
        confirmations.barrier(2);
        confirmations.toEmit(List.of(alert("c")));

        assertThat(confirmations.confirmedBy(2)).containsExactly("a", "b");
        assertThat(confirmations.confirmedBy(1)).containsExactly("a");
    }

    @Test
    void aFailedMarkingIsRetriedWithTheNextCheckpoint() {
        confirmations.toEmit(List.of(alert("a")));
        confirmations.barrier(1);
        confirmations.confirmedBy(1); // marking fails: markedSent is not called
        confirmations.toEmit(List.of(alert("b")));
        confirmations.barrier(2);

        assertThat(confirmations.confirmedBy(2)).containsExactly("a", "b");
    }

    @Test
    void onceMarkedSentAnAlertIsNoLongerAwaitedAndMayBeEmittedAgain() {
        confirmations.toEmit(List.of(alert("a")));
        confirmations.barrier(1);
        confirmations.markedSent(1);

        assertThat(confirmations.confirmedBy(5)).isEmpty();
        assertThat(confirmations.toEmit(List.of(alert("a")))).hasSize(1);
    }

    private static Alert alert(String id) {
        return new Alert(
                id,
                Alert.AlertKind.NEW_CLAIM,
                "claim-" + id,
                "drug-target",
                "Drug",
                "Target",
                "inhibitor",
                1,
                List.of("1"),
                List.of("Title"),
                "kd-dti",
                "v1",
                Instant.EPOCH);
    }
}
