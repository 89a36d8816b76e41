package io.litmine.generation;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.litmine.model.ModelDims;
import io.litmine.model.ModelDirectory;
import io.litmine.model.ModelLoadException;
import io.litmine.model.SpecialIds;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes with {@code search.onnx}: ONNX Runtime's {@code com.microsoft} GreedySearch or BeamSearch
 * operator runs the whole loop in one {@code session.run}, so on CUDA the key/value cache stays on
 * the GPU instead of crossing to the host at every step.
 *
 * <p>It follows the step-wise engine's rules: left padding (positions come from the mask inside the
 * graph), {@code <pad>} never generated (the graph's vocab mask), the {@link PromptRule}. One rule
 * the operator cannot express: a per-row position cap inside a batch (it decodes every row to the
 * same length). When a cap would bind, a fallback engine (auto mode) decodes the batch step-wise;
 * without one, the batch stops at the smallest cap and the rows whose cap it is end in {@code
 * </s>}, as step-wise decoding ends them.
 */
public final class InGraphSearch implements GenerationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(InGraphSearch.class);
    private static final Set<String> INPUTS =
            Set.of("input_ids", "attention_mask", "max_length", "min_length");

    private final SessionLease lease;
    private final ModelDims dims;
    private final SpecialIds ids;
    private final boolean beamGraph;
    private final Supplier<Generator> fallbackOpener;
    private Generator fallback;

    private InGraphSearch(SessionLease lease, Supplier<Generator> fallbackOpener) {
        this.lease = lease;
        this.dims = lease.model().manifest().dims();
        this.ids = lease.model().manifest().specialIds();
        this.beamGraph = checkIo(lease);
        this.fallbackOpener = fallbackOpener;
    }

    /**
     * Opens (or joins) the model's shared search session.
     *
     * @param stepwiseFallback whether requests the graph cannot decode exactly go to a step-wise
     *     {@link Generator}, opened on first need
     * @throws ModelLoadException when the directory has no usable search graph
     */
    public static InGraphSearch open(
            ModelDirectory model, EngineOptions options, boolean stepwiseFallback) {
        SessionLease lease = SharedSessions.acquireSearch(model, options);
        try {
            return new InGraphSearch(
                    lease, stepwiseFallback ? () -> Generator.open(model, options) : null);
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    /** Whether the graph decodes with this many beams (GreedySearch: 1; BeamSearch: 2 or more). */
    public boolean supportsBeams(int numBeams) {
        return beamGraph ? numBeams > 1 : numBeams == 1;
    }

    @Override
    public List<Generation> generate(List<int[]> prompts, GenerationOptions options) {
        PromptRule.check(prompts, dims);
        int smallestCap =
                prompts.stream()
                        .mapToInt(p -> PromptRule.positionCap(p.length, dims))
                        .min()
                        .orElseThrow();
        boolean capBinds = options.maxNewTokens() > smallestCap && !samePromptLengths(prompts);
        if (!supportsBeams(options.numBeams()) || capBinds) {
            if (fallbackOpener != null) {
                return fallback().generate(prompts, options);
            }
            if (!supportsBeams(options.numBeams())) {
                throw new IllegalArgumentException(unsupported(options.numBeams()));
            }
            LOG.warn(
                    "Position cap {} binds in a batch of mixed prompt lengths: every row stops"
                            + " there (step-wise decoding would let shorter prompts go further)",
                    smallestCap);
        }
        return decode(prompts, options, Math.min(options.maxNewTokens(), smallestCap));
    }

    private List<Generation> decode(List<int[]> prompts, GenerationOptions options, int newTokens) {
        long start = System.nanoTime();
        try {
            SearchRun run = run(LeftPadded.of(prompts, ids.pad()), newTokens, options, 0);
            List<Generation> results = run.generations(options, prompts, dims, ids);
            LOG.debug(
                    "In-graph search generated {} new ids for {} prompts (beams {}) in {} ms",
                    results.stream().mapToInt(g -> g.newIds().size()).sum(),
                    prompts.size(),
                    options.numBeams(),
                    (System.nanoTime() - start) / 1_000_000);
            return results;
        } catch (OrtException e) {
            throw new GenerationException(
                    "in-graph search over "
                            + prompts.size()
                            + " prompts with "
                            + lease.model().search().orElseThrow()
                            + " failed: "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * One {@code session.run} over a left-padded batch.
     *
     * @param minNew new tokens before which {@code </s>} is forbidden (0: none; a benchmark sets it
     *     to {@code newTokens} so every run decodes the same number of steps)
     */
    SearchRun run(LeftPadded batch, int newTokens, GenerationOptions options, int minNew)
            throws OrtException {
        int width = batch.length();
        try (SearchFeeds feeds = new SearchFeeds(SessionFactory.environment())) {
            feeds.batch(batch, ids.pad());
            feeds.scalar("max_length", width + newTokens);
            feeds.scalar("min_length", minNew == 0 ? 0 : width + minNew);
            if (beamGraph) {
                feeds.scalar("num_beams", options.numBeams());
                feeds.scalar("num_return_sequences", 1);
                feeds.scalar("length_penalty", (float) options.lengthPenalty());
            }
            try (OrtSession.Result result = lease.session().run(feeds.map())) {
                return SearchRun.read(result, beamGraph, width);
            }
        }
    }

    private static boolean samePromptLengths(List<int[]> prompts) {
        return prompts.stream().mapToInt(p -> p.length).distinct().count() == 1;
    }

    private String unsupported(int numBeams) {
        return lease.model().search().orElseThrow()
                + " holds a "
                + (beamGraph ? "BeamSearch" : "GreedySearch")
                + " graph, which cannot decode with "
                + numBeams
                + " beam(s); use --engine stepwise or export with --search "
                + (numBeams == 1 ? "greedy" : "beam");
    }

    private Generator fallback() {
        if (fallback == null) {
            fallback = fallbackOpener.get();
        }
        return fallback;
    }

    /** Checks the graph's inputs and tells a BeamSearch graph from a GreedySearch one. */
    private static boolean checkIo(SessionLease lease) {
        try {
            Map<String, NodeInfo> inputs = lease.session().getInputInfo();
            Map<String, NodeInfo> outputs = lease.session().getOutputInfo();
            if (!inputs.keySet().containsAll(INPUTS) || !outputs.containsKey("sequences")) {
                throw new ModelLoadException(
                        lease.model().search().orElseThrow()
                                + " is not a litmine search graph: inputs "
                                + inputs.keySet()
                                + " must include "
                                + INPUTS
                                + " and outputs "
                                + outputs.keySet()
                                + " must include sequences");
            }
            return outputs.containsKey("sequences_scores");
        } catch (OrtException e) {
            throw new ModelLoadException(
                    "cannot read the I/O of " + lease.model().search().orElseThrow(), e);
        }
    }

    @Override
    public void checkPrompt(String label, int[] prompt) {
        PromptRule.checkRow(label, prompt, dims);
    }

    @Override
    public ModelDirectory model() {
        return lease.model();
    }

    @Override
    public String provider() {
        return lease.provider();
    }

    @Override
    public String engineName() {
        return beamGraph ? "search-beam" : "search-greedy";
    }

    @Override
    public void close() {
        try {
            if (fallback != null) {
                fallback.close();
            }
        } finally {
            lease.close();
        }
    }

    /** The input tensors of one run, closed together. */
    private static final class SearchFeeds implements AutoCloseable {
        private final OrtEnvironment env;
        private final Map<String, OnnxTensor> tensors = new HashMap<>();

        SearchFeeds(OrtEnvironment env) {
            this.env = env;
        }

        void batch(LeftPadded batch, int pad) throws OrtException {
            int rows = batch.ids().length;
            int width = batch.length();
            int[] flatIds = new int[rows * width];
            int[] flatMask = new int[rows * width];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(batch.ids()[r], 0, flatIds, r * width, width);
                Arrays.fill(flatMask, r * width + batch.pads()[r], (r + 1) * width, 1);
            }
            long[] shape = {rows, width};
            put("input_ids", IntBuffer.wrap(flatIds), shape);
            put("attention_mask", IntBuffer.wrap(flatMask), shape);
        }

        void scalar(String name, int value) throws OrtException {
            put(name, IntBuffer.wrap(new int[] {value}), new long[] {1});
        }

        void scalar(String name, float value) throws OrtException {
            tensors.put(
                    name,
                    OnnxTensor.createTensor(
                            env, FloatBuffer.wrap(new float[] {value}), new long[] {1}));
        }

        private void put(String name, IntBuffer data, long[] shape) throws OrtException {
            tensors.put(name, OnnxTensor.createTensor(env, data, shape));
        }

        Map<String, OnnxTensor> map() {
            return tensors;
        }

        @Override
        public void close() {
            tensors.values().forEach(OnnxTensor::close);
            tensors.clear();
        }
    }
}
