package io.litmine.schemas;

import java.io.Serializable;
import java.util.Objects;

/**
 * One {@code AbstractText} element of a (possibly structured) abstract.
 *
 * @param label the {@code Label} attribute as written by the publisher (e.g. "OBJECTIVES"), or null
 *     for an unlabelled abstract
 * @param category the {@code NlmCategory} attribute NLM normalised it to (e.g. "OBJECTIVE"), or
 *     null
 * @param text the section's text, inline markup reduced to its characters
 */
public record AbstractSection(String label, String category, String text) implements Serializable {
    public AbstractSection {
        Objects.requireNonNull(text, "text");
    }
}
