package io.litmine.generation;

import ai.onnxruntime.OrtException;
import io.litmine.model.ModelDims;
import io.litmine.model.ModelDirectory;
import io.litmine.model.SpecialIds;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates continuations of a batch of prompts with a model's decoder: left-padded prefill, then
 * one step per token with the key/value cache, greedy or beam search. Rows that finish leave the
 * cache, so they stop costing compute.
 *
 * <p>Holds a lease on the shared session and reusable buffers: one generator per thread, closed
 * when done. See {@link PromptRule} for prompts near the position limit.
 */
public final class Generator implements GenerationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(Generator.class);

    private final SessionLease lease;
    private final ModelDims dims;
    private final SpecialIds ids;
    private final DecoderRunner runner;

    public Generator(SessionLease lease) {
        this.lease = lease;
        this.dims = lease.model().manifest().dims();
        this.ids = lease.model().manifest().specialIds();
        this.runner = new DecoderRunner(SessionFactory.environment(), lease.session(), dims);
    }

    /** Opens (or joins) the model's shared session; closing the generator leaves it. */
    public static Generator open(ModelDirectory model, EngineOptions options) {
        return new Generator(SharedSessions.acquire(model, options));
    }

    /** The lease this generator holds (package-private: tests reach the session through it). */
    SessionLease lease() {
        return lease;
    }

    public ModelDirectory model() {
        return lease.model();
    }

    /** The provider the session runs on: {@code cpu} or {@code cuda:N}. */
    @Override
    public String provider() {
        return lease.provider();
    }

    @Override
    public String engineName() {
        return "stepwise";
    }

    /**
     * Checks one prompt against the {@link PromptRule} without running it, so a caller can reject a
     * bad record alone instead of failing its whole batch.
     *
     * @param label names the prompt in the message
     * @throws IllegalArgumentException saying what is wrong
     */
    public void checkPrompt(String label, int[] prompt) {
        PromptRule.checkRow(label, prompt, dims);
    }

    /**
     * Generates for every prompt; results are in prompt order.
     *
     * @throws IllegalArgumentException for prompts the {@link PromptRule} refuses, naming the row
     * @throws GenerationException when ONNX Runtime fails
     */
    public List<Generation> generate(List<int[]> prompts, GenerationOptions options) {
        PromptRule.check(prompts, dims);
        long start = System.nanoTime();
        try {
            List<Generation> results =
                    options.numBeams() == 1 ? greedy(prompts, options) : beams(prompts, options);
            LOG.debug(
                    "Generated {} new ids for {} prompts (beams {}) in {} ms",
                    results.stream().mapToInt(g -> g.newIds().size()).sum(),
                    prompts.size(),
                    options.numBeams(),
                    (System.nanoTime() - start) / 1_000_000);
            return results;
        } catch (OrtException e) {
            throw new GenerationException(
                    "decoding "
                            + prompts.size()
                            + " prompts with "
                            + lease.model().decoder()
                            + " failed: "
                            + e.getMessage(),
                    e);
        }
    }

    private List<Generation> greedy(List<int[]> prompts, GenerationOptions options)
            throws OrtException {
        LeftPadded batch = LeftPadded.of(prompts, ids.pad());
        GreedyState state =
                new GreedyState(
                        prompts.stream()
                                .map(p -> RowProgress.start(options.maxNewTokens(), cap(p)))
                                .toList());
        float[][] logits = new float[prompts.size()][dims.vocabSize()];
        runner.prefill(
                batch.ids(),
                batch.pads(),
                prompts.size(),
                cacheLength(batch, prompts, options),
                logits);
        state = GreedySearch.step(state, logits, ids.eos(), ids.pad());
        int[] cached = allRows(prompts.size());
        while (!state.allFinished()) {
            int[] active = state.activeRows();
            if (active.length < cached.length) {
                runner.keepRows(positionsIn(cached, active));
                cached = active;
            }
            runner.decode(lastIds(state, active), padsOf(batch, active), logits);
            state = GreedySearch.step(state, logits, ids.eos(), ids.pad());
        }
        return state.rows().stream().map(r -> new Generation(r.newIds(), r.logProb())).toList();
    }

    private List<Generation> beams(List<int[]> prompts, GenerationOptions options)
            throws OrtException {
        LeftPadded batch = LeftPadded.of(prompts, ids.pad());
        List<BeamGroup> groups =
                prompts.stream().map(p -> BeamGroup.start(options.maxNewTokens(), cap(p))).toList();
        int k = options.numBeams();
        BeamState state = new BeamState(groups, 0, k, options.lengthPenalty());
        float[][] logits = new float[prompts.size() * k][dims.vocabSize()];
        runner.prefill(
                batch.ids(),
                batch.pads(),
                prompts.size() * k,
                cacheLength(batch, prompts, options),
                logits);
        while (true) {
            BeamSearch.Step step = BeamSearch.step(state, logits, ids.eos(), ids.pad());
            state = step.state();
            if (state.allDone()) {
                break;
            }
            runner.keepRows(step.parentSlots());
            runner.decode(lastBeamIds(state), beamPads(state, batch), logits);
        }
        return state.groups().stream()
                .map(BeamGroup::best)
                .map(b -> new Generation(b.newIds(), b.score()))
                .toList();
    }

    private int cap(int[] prompt) {
        return PromptRule.positionCap(prompt.length, dims);
    }

    private int cacheLength(LeftPadded batch, List<int[]> prompts, GenerationOptions options) {
        return batch.length() + PromptRule.longestRun(prompts, options.maxNewTokens(), dims);
    }

    private static int[] lastIds(GreedyState state, int[] active) {
        return Arrays.stream(active).map(r -> last(state.rows().get(r).newIds())).toArray();
    }

    private static int[] lastBeamIds(BeamState state) {
        return state.activeGroups().stream()
                .flatMap(g -> state.groups().get(g).running().stream())
                .mapToInt(beam -> last(beam.newIds()))
                .toArray();
    }

    private static int[] beamPads(BeamState state, LeftPadded batch) {
        return state.activeGroups().stream()
                .flatMapToInt(
                        g -> Arrays.stream(new int[state.numBeams()]).map(x -> batch.pads()[g]))
                .toArray();
    }

    private static int[] padsOf(LeftPadded batch, int[] rows) {
        return Arrays.stream(rows).map(r -> batch.pads()[r]).toArray();
    }

    /** Where each of {@code kept} sits in {@code cached} (both ascending). */
    private static int[] positionsIn(int[] cached, int[] kept) {
        return Arrays.stream(kept).map(r -> Arrays.binarySearch(cached, r)).toArray();
    }

    private static int[] allRows(int count) {
        int[] rows = new int[count];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    private static int last(List<Integer> ids) {
        return ids.get(ids.size() - 1);
    }

    @Override
    public void close() {
        lease.close();
    }
}
