package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void neverHoldsMoreThanItsCapacity() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(100);
        for (int i = 0; i < 10_000; i++) {
            cache.get(i, String::valueOf);
            assertThat(cache.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void computesEachKeyOnceWhileItStaysCached() {
        BoundedCache<String, String> cache = new BoundedCache<>(10);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            assertThat(cache.get("k", k -> k + computed.incrementAndGet())).isEqualTo("k1");
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void capacityZeroCachesNothing() {
        BoundedCache<String, String> cache = new BoundedCache<>(0);
        cache.get("k", k -> k);
        assertThat(cache.size()).isZero();
    }
}
