package io.litmine.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class PrefillScratchTest {
    private final PrefillScratch pool = new PrefillScratch();

    @Test
    void aReleasedBufferIsLentAgainAndATooSmallOneIsReplaced() {
        FloatBuffer first = pool.borrow(1000);
        assertThat(first.isDirect()).isTrue();
        assertThat(first.capacity()).isGreaterThanOrEqualTo(1000);
        pool.release(first);

        FloatBuffer again = pool.borrow(500);
        assertThat(again).isSameAs(first);
        pool.release(again);

        FloatBuffer bigger = pool.borrow(first.capacity() + 1);
        assertThat(bigger).isNotSameAs(first);
        assertThat(bigger.capacity()).isGreaterThan(first.capacity());
        pool.release(bigger);
        assertThat(pool.borrow(10)).isSameAs(bigger);
    }

    @Test
    void twoBorrowersAtOnceGetTwoBuffersAndTheIdleSetIsBounded() {
        FloatBuffer[] lent = new FloatBuffer[6];
        for (int i = 0; i < lent.length; i++) {
            lent[i] = pool.borrow(64);
        }
        assertThat(lent[0]).isNotSameAs(lent[1]);
        for (FloatBuffer buffer : lent) {
            pool.release(buffer);
        }
        assertThat(pool.idle()).isLessThanOrEqualTo(4);
    }
}
