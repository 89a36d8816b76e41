package io.litmine.operators.mining;

import io.litmine.schemas.ArticleRecord;
import java.util.List;

/**
 * The model boundary of the job: a batch of articles in, what the models found in each out. The
 * BioGPT implementation runs the configured tasks through one shared model session; tests use a
 * scripted one for exact expectations. Implementations may be called from one thread at a time per
 * instance.
 */
public interface ArticleMiner extends AutoCloseable {

    /**
     * Mines a batch.
     *
     * @return one result per article, same order
     */
    List<MinedArticle> mine(List<ArticleRecord> batch);

    /** Releases what this instance holds (a share of a model session). */
    @Override
    void close();
}
