package io.litmine.operators.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchRetrierTest {
    private final List<Duration> slept = new ArrayList<>();

    static final class Flaky extends RuntimeException {
        Flaky() {
            super("temporarily unavailable");
        }
    }

    private BatchRetrier<Integer, Integer> retrier(
            java.util.function.Function<List<Integer>, Integer> write) {
        return new BatchRetrier<>(
                write, e -> e instanceof Flaky, 4, Duration.ofMillis(100), slept::add);
    }

    @Test
    void retriesTransientFailuresWithDoublingBackoff() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        var outcome =
                retrier(
                                rows -> {
                                    if (calls.incrementAndGet() < 3) {
                                        throw new Flaky();
                                    }
                                    return rows.size();
                                })
                        .run(List.of(1, 2, 3));

        assertThat(outcome.results()).containsExactly(3);
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void isolatesTheBadRowAndWritesAllOthers() throws Exception {
        List<Integer> written = new ArrayList<>();
        var outcome =
                retrier(
                                rows -> {
                                    if (rows.contains(5)) {
                                        throw new IllegalArgumentException("row 5 is bad");
                                    }
                                    written.addAll(rows);
                                    return rows.size();
                                })
                        .run(List.of(1, 2, 3, 4, 5, 6, 7, 8));

        assertThat(written).containsExactlyInAnyOrder(1, 2, 3, 4, 6, 7, 8);
        assertThat(outcome.rejected()).hasSize(1);
        assertThat(outcome.rejected().get(0).row()).isEqualTo(5);
        assertThat(outcome.rejected().get(0).reason()).contains("row 5 is bad");
    }

    @Test
    void aTransientFailureThatOutlastsTheRetriesFailsInsteadOfSplitting() {
        assertThatThrownBy(
                        () ->
                                retrier(
                                                rows -> {
                                                    throw new Flaky();
                                                })
                                        .run(List.of(1, 2)))
                .isInstanceOf(BatchRetrier.TransientFailureException.class)
                .hasMessageContaining("after 4 attempts");
        assertThat(slept).hasSize(3);
    }
}
