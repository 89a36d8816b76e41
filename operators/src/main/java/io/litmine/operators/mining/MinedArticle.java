package io.litmine.operators.mining;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the models made of one article, before entity normalisation.
 *
 * @param pmid the article
 * @param relations the extracted relations, in model output order
 * @param hallmarks HoC labels of the document (empty when not classified)
 * @param modelVersions versions of the models that read it
 * @param parseFailures generated texts the task parsers could not read (a metric, not an error)
 * @param tokens tokens generated for this article (for the tokens/s metric)
 */
public record MinedArticle(
        String pmid,
        List<ExtractedRelation> relations,
        List<String> hallmarks,
        List<String> modelVersions,
        int parseFailures,
        long tokens)
        implements Serializable {

    public MinedArticle {
        Objects.requireNonNull(pmid, "pmid");
        relations = List.copyOf(relations);
        hallmarks = List.copyOf(hallmarks);
        modelVersions = List.copyOf(modelVersions);
    }
}
