package io.litmine.generation;

import java.util.Arrays;
import java.util.List;

/**
 * Prompts of different lengths as one left-padded batch: row r is {@code pads[r]} pad ids, then the
 * prompt, so every row's last prompt token sits in the last column and the next token of every row
 * is predicted from the same position. The mask (zero on the pads) and the positions the graph
 * derives from it make the padding invisible.
 *
 * @param ids rows × length
 * @param pads leading pad columns per row
 * @param length the longest prompt's length
 */
record LeftPadded(int[][] ids, int[] pads, int length) {

    static LeftPadded of(List<int[]> prompts, int padId) {
        int length = prompts.stream().mapToInt(p -> p.length).max().orElse(0);
        int[][] ids = new int[prompts.size()][length];
        int[] pads = new int[prompts.size()];
        for (int row = 0; row < prompts.size(); row++) {
            int[] prompt = prompts.get(row);
            pads[row] = length - prompt.length;
            Arrays.fill(ids[row], 0, pads[row], padId);
            System.arraycopy(prompt, 0, ids[row], pads[row], prompt.length);
        }
        return new LeftPadded(ids, pads, length);
    }
}
