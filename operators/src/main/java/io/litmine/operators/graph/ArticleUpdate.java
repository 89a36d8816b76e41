package io.litmine.operators.graph;

import java.io.Serializable;

/**
 * One write intent for the graph, per article: replace its claims ({@link ArticleClaims}) or
 * withdraw them ({@link ArticleRetraction}). The graph writer batches these.
 */
public sealed interface ArticleUpdate extends Serializable
        permits ArticleClaims, ArticleRetraction {

    /** The article's PMID. */
    String pmid();
}
