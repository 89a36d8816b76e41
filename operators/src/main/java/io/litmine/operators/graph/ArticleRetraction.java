package io.litmine.operators.graph;

import java.util.Objects;

/**
 * An article NLM deleted: it keeps a tombstone node (so a late copy of an old version cannot bring
 * it back) and loses every ASSERTS edge.
 *
 * @param pmid PubMed id
 * @param reason why, e.g. "deleted in pubmed24n1234.xml.gz"
 */
public record ArticleRetraction(String pmid, String reason) implements ArticleUpdate {
    public ArticleRetraction {
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(reason, "reason");
    }
}
