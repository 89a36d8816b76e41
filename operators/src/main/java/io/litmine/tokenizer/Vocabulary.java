package io.litmine.tokenizer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code vocab.json}: BPE piece to id and back. The special ids are looked up by name in the file,
 * never assumed ({@code </s>} is 2 and {@code <unk>} 3 in BioGPT, but the file decides).
 */
final class Vocabulary {
    static final String BOS = "</s>";
    static final String UNK = "<unk>";
    private static final Set<String> SPECIAL = Set.of("<s>", "<pad>", BOS, UNK);

    private final Map<String, Integer> ids;
    private final String[] pieces;
    private final boolean[] special;
    private final int bosId;
    private final int unkId;

    private Vocabulary(Map<String, Integer> ids, Path file) throws IOException {
        this.ids = ids;
        int size = ids.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        if (size > 2 * ids.size() + 1024) {
            throw new IOException(
                    file
                            + ": ids up to "
                            + (size - 1)
                            + " for "
                            + ids.size()
                            + " pieces; not a"
                            + " vocabulary of consecutive ids");
        }
        this.pieces = new String[size];
        this.special = new boolean[size];
        for (Map.Entry<String, Integer> entry : ids.entrySet()) {
            pieces[entry.getValue()] = entry.getKey();
            special[entry.getValue()] = SPECIAL.contains(entry.getKey());
        }
        this.bosId = required(BOS, file);
        this.unkId = required(UNK, file);
    }

    /** Reads a JSON object of piece → non-negative integer id, as HF writes it (any key order). */
    static Vocabulary load(Path file) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": expected a JSON object of piece to id");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String piece = parser.getCurrentName();
                if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() < 0) {
                    throw new IOException(
                            file + ": the id of \"" + piece + "\" is not a non-negative integer");
                }
                ids.put(piece, parser.getIntValue());
            }
        }
        return new Vocabulary(ids, file);
    }

    private int required(String piece, Path file) throws IOException {
        Integer id = ids.get(piece);
        if (id == null) {
            throw new IOException(file + ": the special token " + piece + " is missing");
        }
        return id;
    }

    /** Piece → id as read, unmodifiable. */
    Map<String, Integer> asMap() {
        return Collections.unmodifiableMap(ids);
    }

    /** The id of {@code piece}, or the {@code <unk>} id. */
    int idOf(String piece) {
        Integer id = ids.get(piece);
        return id == null ? unkId : id;
    }

    /**
     * The pieces of {@code ids}, leaving out the special tokens and ids beyond the vocabulary: the
     * fine-tuned models' learned prompt ids start right after it (biogpt-spec §1.5–1.6).
     *
     * @throws IllegalArgumentException for a negative id, which no model produces
     */
    List<String> piecesOf(int[] tokenIds) {
        List<String> out = new ArrayList<>(tokenIds.length);
        for (int i = 0; i < tokenIds.length; i++) {
            int id = tokenIds[i];
            if (id < 0) {
                throw new IllegalArgumentException("token id " + id + " at index " + i + " < 0");
            }
            if (id < pieces.length && pieces[id] != null && !special[id]) {
                out.add(pieces[id]);
            }
        }
        return out;
    }

    int bosId() {
        return bosId;
    }

    int unkId() {
        return unkId;
    }

    int size() {
        return ids.size();
    }
}
