package io.litmine.operators.graph;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article version and everything the models found in it. Writing it makes the article assert
 * exactly {@code claims}: claims of an earlier version that are not repeated lose its evidence.
 *
 * @param pmid PubMed id
 * @param version the PMID version; an older version than the graph holds is ignored
 * @param title the title, for evidence listings
 * @param journal the journal, or null
 * @param published the publication date as ingested, or null
 * @param hallmarks the HoC labels of the document (empty when not classified)
 * @param modelVersions the versions of the models that read it
 * @param claims the claims, in extraction order
 * @param processedAt when the job read the article
 */
public record ArticleClaims(
        String pmid,
        int version,
        String title,
        String journal,
        String published,
        List<String> hallmarks,
        List<String> modelVersions,
        List<Claim> claims,
        Instant processedAt)
        implements ArticleUpdate {

    public ArticleClaims {
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(title, "title");
        hallmarks = List.copyOf(hallmarks);
        modelVersions = List.copyOf(modelVersions);
        claims = List.copyOf(claims);
        Objects.requireNonNull(processedAt, "processedAt");
    }
}
