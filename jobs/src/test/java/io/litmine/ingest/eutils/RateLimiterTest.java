package io.litmine.ingest.eutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void neverLetsMoreThanTheRateStartWithinOneSecond() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(10);
        long[] starts = new long[12];
        for (int i = 0; i < starts.length; i++) {
            limiter.acquire();
            starts[i] = System.nanoTime();
        }
        for (int i = 10; i < starts.length; i++) {
            assertThat(starts[i] - starts[i - 10]).isGreaterThanOrEqualTo(1_000_000_000L);
        }
    }

    @Test
    void refusesANonPositiveRate() {
        assertThatThrownBy(() -> new RateLimiter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
