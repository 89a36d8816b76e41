package io.litmine.tokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merge table of {@code merges.txt}: every symbol that occurs in it gets an int id, and each
 * pair of symbol ids maps to its rank (0-based line number) and to the id of the merged symbol.
 * Immutable after loading.
 */
final class BpeMerges {
    static final String WORD_END = "</w>";
    private static final Logger LOG = LoggerFactory.getLogger(BpeMerges.class);

    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> symbolIds = new HashMap<>();
    private final int[] bmpIds = new int[Character.MAX_VALUE + 1];
    private final int[] bmpFinalIds = new int[Character.MAX_VALUE + 1];
    private final PairRanks ranks;
    private final int[] mergedByRank;

    private BpeMerges(List<String> lines) {
        this.ranks = new PairRanks(lines.size());
        this.mergedByRank = new int[lines.size()];
        Arrays.fill(mergedByRank, -1);
        for (int rank = 0; rank < lines.size(); rank++) {
            List<String> fields = PythonWhitespace.split(lines.get(rank));
            if (fields.size() >= 2) {
                String first = fields.get(0);
                String second = fields.get(1);
                ranks.put(intern(first), intern(second), rank);
                mergedByRank[rank] = intern(first + second);
            }
        }
        Arrays.fill(bmpIds, -1);
        Arrays.fill(bmpFinalIds, -1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = String.valueOf((char) c);
            bmpIds[c] = symbolIds.getOrDefault(text, -1);
            bmpFinalIds[c] = symbolIds.getOrDefault(text + WORD_END, -1);
        }
    }

    /**
     * Reads {@code merges.txt} as Hugging Face does: {@code read().split("\n")[:-1]}, the first two
     * whitespace-separated fields of each line (a count, as in {@code bpecodes}, is ignored). So
     * text after the last newline is not a merge; HF drops it silently, this logs a warning.
     */
    static BpeMerges load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        String dropped = lines.remove(lines.size() - 1);
        if (!dropped.isBlank()) {
            LOG.warn("{} does not end with a newline; its last line is ignored, as in HF", file);
        }
        return new BpeMerges(lines);
    }

    private int intern(String symbol) {
        Integer id = symbolIds.get(symbol);
        if (id == null) {
            id = symbols.size();
            symbols.add(symbol);
            symbolIds.put(symbol, id);
        }
        return id;
    }

    /** The id of the one-code-point symbol (with {@code </w>} if {@code last}), or -1. */
    int codePointSymbol(int cp, boolean last) {
        if (cp <= Character.MAX_VALUE) {
            return last ? bmpFinalIds[cp] : bmpIds[cp];
        }
        String text = Character.toString(cp);
        return symbolIds.getOrDefault(last ? text + WORD_END : text, -1);
    }

    /** The rank of merging the two symbols, or {@link PairRanks#NONE}. */
    int rank(int first, int second) {
        return ranks.rank(first, second);
    }

    /** The symbol that the merge of this rank produces. */
    int merged(int rank) {
        return mergedByRank[rank];
    }

    String symbol(int id) {
        return symbols.get(id);
    }

    int symbolCount() {
        return symbols.size();
    }

    int mergeCount() {
        return mergedByRank.length;
    }
}
