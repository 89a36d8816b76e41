package io.litmine.tokenizer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.tokenizer.BioGptTokenizer;
import io.litmine.tokenizer.TokenizerMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding throughput on real abstracts: the 1,159 KD-DTI test documents (title + abstract, as
 * written), one document per operation, the tokenizer shared by all benchmark threads as in a
 * TaskManager. The {@code tokens} counter is ids per second. {@code warm}: the BPE cache already
 * holds the corpus's words; {@code cold}: no cache at all, every word goes through BPE. Run with
 * {@code -t 1} and {@code -t 2}; the command is in docs/tokenizer.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizerBenchmark {

    /** The corpus and the two shared tokenizers. */
    @State(Scope.Benchmark)
    public static class Shared {
        List<String> abstracts;
        BioGptTokenizer warm;
        BioGptTokenizer cold;

        @Setup
        public void load() throws IOException {
            Path biogpt = biogptDir();
            abstracts = abstracts(biogpt.resolve("kd-dti_test.json"));
            warm = BioGptTokenizer.load(biogpt, TokenizerMode.PUBMED);
            cold = BioGptTokenizer.load(biogpt, TokenizerMode.PUBMED, 0);
            abstracts.forEach(warm::encode);
        }
    }

    /** Per thread: the next document and the token count JMH reports per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        public long tokens;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }

        String nextAbstract(Shared shared) {
            String text = shared.abstracts.get(next);
            next = (next + 1) % shared.abstracts.size();
            return text;
        }
    }

    @Benchmark
    public int[] warm(Shared shared, Tokens counter) {
        int[] ids = shared.warm.encode(counter.nextAbstract(shared));
        counter.tokens += ids.length;
        return ids;
    }

    @Benchmark
    public int[] cold(Shared shared, Tokens counter) {
        int[] ids = shared.cold.encode(counter.nextAbstract(shared));
        counter.tokens += ids.length;
        return ids;
    }

    static List<String> abstracts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        for (JsonNode doc : new ObjectMapper().readTree(file.toFile())) {
            texts.add(doc.path("title").asText() + " " + doc.path("abstract").asText());
        }
        return texts;
    }

    static Path biogptDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("data/biogpt"))) {
                return dir.resolve("data/biogpt");
            }
        }
        throw new IllegalStateException("run from inside the repository: no data/biogpt above");
    }
}
