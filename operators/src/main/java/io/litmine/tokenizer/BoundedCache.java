package io.litmine.tokenizer;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A thread-safe cache with at most about {@code capacity} entries. Hugging Face's BPE cache is an
 * unbounded dict; in a long-running job fed all of PubMed that would grow without end. When full,
 * one thread at a time drops a tenth of the entries in the map's (effectively random) iteration
 * order: word frequencies are Zipfian, so the frequent words come straight back, and there is no
 * per-read bookkeeping or lock as an LRU would need. A capacity of 0 disables caching.
 */
final class BoundedCache<K, V> {
    private final int capacity;
    private final ConcurrentHashMap<K, V> map;
    private final AtomicBoolean evicting = new AtomicBoolean();

    BoundedCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity " + capacity + " < 0");
        }
        this.capacity = capacity;
        this.map = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    }

    /** The cached value of {@code key}, computing and caching it if absent. */
    V get(K key, Function<K, V> compute) {
        V value = map.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        if (capacity > 0) {
            map.put(key, value);
            if (map.size() > capacity) {
                evict();
            }
        }
        return value;
    }

    private void evict() {
        if (!evicting.compareAndSet(false, true)) {
            return;
        }
        try {
            int target = capacity - capacity / 10;
            Iterator<K> keys = map.keySet().iterator();
            while (map.size() > target && keys.hasNext()) {
                keys.next();
                keys.remove();
            }
        } finally {
            evicting.set(false);
        }
    }

    int size() {
        return map.size();
    }

    void clear() {
        map.clear();
    }
}
