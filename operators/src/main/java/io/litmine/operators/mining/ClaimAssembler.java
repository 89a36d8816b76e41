package io.litmine.operators.mining;

import io.litmine.operators.graph.ArticleClaims;
import io.litmine.operators.graph.Claim;
import io.litmine.operators.graph.Entity;
import io.litmine.schemas.ArticleRecord;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the graph write of one article from what the models found: names normalised into entity
 * keys, relations with an empty name dropped (the model wrote nothing usable).
 */
public final class ClaimAssembler implements Serializable {
    private static final long serialVersionUID = 1L;

    private final EntityNormaliser normaliser;

    public ClaimAssembler(EntityNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    public ArticleClaims assemble(ArticleRecord article, MinedArticle mined, Instant processedAt) {
        List<Claim> claims = new ArrayList<>();
        for (ExtractedRelation relation : mined.relations()) {
            Optional<Entity> subject = normaliser.entity(relation.subject());
            Optional<Entity> object = normaliser.entity(relation.object());
            if (subject.isPresent() && object.isPresent()) {
                claims.add(
                        new Claim(
                                relation.kind(),
                                subject.get(),
                                object.get(),
                                EntityNormaliser.normalise(relation.type()),
                                relation.task(),
                                relation.model(),
                                relation.modelVersion()));
            }
        }
        return new ArticleClaims(
                article.pmid(),
                article.version(),
                article.title(),
                article.journal(),
                article.published(),
                mined.hallmarks(),
                mined.modelVersions(),
                claims,
                processedAt);
    }
}
