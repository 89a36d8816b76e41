package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One instance shared by many threads gives every thread the single-threaded answer. */
class ConcurrentUseTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    @Test
    void threadsSharingOneTokenizerWithASmallCacheGetTheSingleThreadedIds() throws Exception {
        List<String> texts = new ArrayList<>();
        List<int[]> expected = new ArrayList<>();
        for (JsonNode row :
                RepoData.jsonLines(
                        RepoData.root().resolve("fixtures/tokenizer-hf-goldens.jsonl"))) {
            texts.add(row.get("text").asText());
            expected.add(RepoData.ints(row.get("ids")));
        }
        // a cache far smaller than the vocabulary of the texts, so threads evict concurrently
        BioGptTokenizer shared =
                BioGptTokenizer.load(RepoData.biogptDir(), TokenizerMode.STRICT, 500);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 17;
                results.add(pool.submit(() -> mismatches(shared, texts, expected, offset)));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.cachedWords()).isBetween(1, 500 + THREADS);
    }

    private static int mismatches(
            BioGptTokenizer tokenizer, List<String> texts, List<int[]> expected, int offset) {
        int mismatches = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < texts.size(); i++) {
                int index = (i + offset) % texts.size();
                if (!java.util.Arrays.equals(
                        tokenizer.encode(texts.get(index)), expected.get(index))) {
                    mismatches++;
                }
            }
        }
        return mismatches;
    }
}
