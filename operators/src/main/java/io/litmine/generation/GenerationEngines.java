package io.litmine.generation;

import io.litmine.model.ModelDirectory;
import io.litmine.model.ModelLoadException;
import io.litmine.model.SearchGraph;

/** Opens the engine a caller asked for ({@link Engine}), so callers need not know the loops. */
public final class GenerationEngines {

    private GenerationEngines() {}

    /**
     * Opens an engine for a model.
     *
     * @param numBeams the beams the caller will mostly ask for: auto mode uses {@code search.onnx}
     *     only when its operator can decode them
     * @throws ModelLoadException when {@code search} is asked for and the directory has no search
     *     graph
     * @throws IllegalArgumentException when the search graph cannot decode {@code numBeams} beams
     */
    public static GenerationEngine open(
            ModelDirectory model, EngineOptions options, Engine engine, int numBeams) {
        if (engine == Engine.STEPWISE
                || (engine == Engine.AUTO && !searchMayDecode(model, numBeams))) {
            return Generator.open(model, options);
        }
        InGraphSearch search = InGraphSearch.open(model, options, engine == Engine.AUTO);
        if (engine == Engine.AUTO && !search.supportsBeams(numBeams)) {
            search.close();
            return Generator.open(model, options);
        }
        if (!search.supportsBeams(numBeams)) {
            search.close();
            throw new IllegalArgumentException(
                    model.search().orElseThrow()
                            + " cannot decode with "
                            + numBeams
                            + " beam(s) (GreedySearch decodes 1, BeamSearch 2 or more);"
                            + " use --engine stepwise or re-export with --search "
                            + (numBeams == 1 ? "greedy" : "beam"));
        }
        return search;
    }

    /**
     * Whether the directory's search graph may decode {@code numBeams} beams, judged from the
     * manifest when it names the graph's kind, so auto mode does not load 1.4 GB of weights only to
     * close them again; a bare {@code search.onnx} is opened and asked.
     */
    private static boolean searchMayDecode(ModelDirectory model, int numBeams) {
        if (model.search().isEmpty()) {
            return false;
        }
        SearchGraph named = model.manifest().search();
        return named == null || named.supportsBeams(numBeams);
    }
}
