package io.litmine.operators.mining;

import io.litmine.operators.graph.Entity;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a name as a model wrote it into the graph key that makes mentions of one entity meet on one
 * node: Unicode NFKC, lower case, the hyphen and dash variants PubMed text uses folded to "-",
 * whitespace collapsed. A lexicon (tab-separated {@code name<TAB>identifier} lines) maps known
 * names to identifiers, which then are the key.
 */
public final class EntityNormaliser implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern HYPHENS =
            Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_AROUND_HYPHEN = Pattern.compile(" ?- ?");

    private final Map<String, String> lexicon;

    private EntityNormaliser(Map<String, String> lexicon) {
        this.lexicon = Map.copyOf(lexicon);
    }

    /** Normalisation without identifiers. */
    public static EntityNormaliser plain() {
        return new EntityNormaliser(Map.of());
    }

    /** Normalisation with the lexicons' identifiers; a later file wins for a repeated name. */
    public static EntityNormaliser withLexicons(List<Path> files) throws IOException {
        Map<String, String> lexicon = new HashMap<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2 || fields[1].isBlank()) {
                    throw new IOException(
                            file
                                    + ":"
                                    + (i + 1)
                                    + ": expected 'name<TAB>identifier', got: "
                                    + line);
                }
                lexicon.put(normalise(fields[0]), fields[1].strip());
            }
        }
        return new EntityNormaliser(lexicon);
    }

    /** The normalised form of a name (the key when no lexicon maps it). */
    public static String normalise(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        text = HYPHENS.matcher(text).replaceAll("-");
        text = SPACES.matcher(text.strip()).replaceAll(" ");
        text = SPACE_AROUND_HYPHEN.matcher(text).replaceAll("-");
        return text.toLowerCase(Locale.ROOT);
    }

    /** The entity for a model's name, or empty when nothing is left after normalisation. */
    public Optional<Entity> entity(String name) {
        String normalised = normalise(name);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        String key = lexicon.getOrDefault(normalised, normalised);
        return Optional.of(new Entity(key, name.strip()));
    }
}
