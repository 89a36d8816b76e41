package io.litmine.model;

import java.util.Objects;

/**
 * The optional {@code search.onnx} of a model directory: the decoder wrapped in ONNX Runtime's
 * {@code com.microsoft} GreedySearch or BeamSearch operator, so a whole batch decodes in one {@code
 * session.run} with the key/value cache kept in the execution provider's memory (written by {@code
 * tools/export_biogpt.py}).
 *
 * @param file file name inside the model directory
 * @param kind {@code greedy} (GreedySearch: one beam) or {@code beam} (BeamSearch: any beams)
 */
public record SearchGraph(String file, String kind) {

    public static final String DEFAULT_FILE = "search.onnx";
    public static final String GREEDY = "greedy";
    public static final String BEAM = "beam";

    public SearchGraph {
        file = file == null ? DEFAULT_FILE : file;
        Objects.requireNonNull(kind, "search kind");
        if (!GREEDY.equals(kind) && !BEAM.equals(kind)) {
            throw new IllegalArgumentException(
                    "search kind '" + kind + "' is not supported; expected greedy or beam");
        }
    }

    /** Whether this graph can decode with {@code numBeams} beams. */
    public boolean supportsBeams(int numBeams) {
        return BEAM.equals(kind) ? numBeams > 1 : numBeams == 1;
    }
}
