package io.litmine.operators.graph;

import java.io.Serializable;
import java.util.Objects;

/**
 * A drug, target, chemical or disease as the graph keys it.
 *
 * @param key the normalised name (or a lexicon identifier): what makes two mentions one node
 * @param name the name as first seen, for display
 */
public record Entity(String key, String name) implements Serializable {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty entity key (name '" + name + "')");
        }
    }
}
