package io.litmine.tasks;

import java.util.Objects;

/**
 * The text a task reads: what {@code litmine extract} takes on stdin and what a Kafka article
 * record carries.
 *
 * @param pmid PubMed id (or the data set's document id)
 * @param title title, empty when there is none
 * @param abstractText abstract, empty when there is none
 */
public record Article(String pmid, String title, String abstractText) {
    public Article {
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
    }
}
