package io.litmine.operators.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Conversions between write intents and the parameter rows of {@link GraphCypher}. */
final class GraphRows {
    private GraphRows() {}

    static Map<String, Object> article(ArticleClaims article) {
        Map<String, Object> row = new HashMap<>();
        row.put("pmid", article.pmid());
        row.put("version", article.version());
        row.put("title", article.title());
        row.put("journal", article.journal());
        row.put("published", article.published());
        row.put("hallmarks", article.hallmarks());
        row.put("modelVersions", article.modelVersions());
        row.put("processedAt", GraphWriter.time(article.processedAt()));
        row.put("claimIds", List.copyOf(claimIds(article)));
        return row;
    }

    /** One row per distinct claim of {@code kind} per article. */
    static List<Map<String, Object>> claims(List<ArticleClaims> articles, ClaimKind kind) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArticleClaims article : articles) {
            Map<String, Claim> distinct = new HashMap<>();
            for (Claim claim : article.claims()) {
                if (claim.kind() == kind && distinct.putIfAbsent(claim.id(), claim) == null) {
                    rows.add(claim(article, claim));
                }
            }
        }
        return rows;
    }

    private static Map<String, Object> claim(ArticleClaims article, Claim claim) {
        Map<String, Object> row = new HashMap<>();
        row.put("pmid", article.pmid());
        row.put("id", claim.id());
        row.put("kind", claim.kind().graphName());
        row.put("type", claim.type());
        row.put("subjectKey", claim.subject().key());
        row.put("subjectName", claim.subject().name());
        row.put("objectKey", claim.object().key());
        row.put("objectName", claim.object().name());
        row.put("task", claim.task());
        row.put("model", claim.model());
        row.put("modelVersion", claim.modelVersion());
        row.put("seenAt", GraphWriter.time(article.processedAt()));
        return row;
    }

    private static LinkedHashSet<String> claimIds(ArticleClaims article) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        article.claims().forEach(c -> ids.add(c.id()));
        return ids;
    }

    static ClaimSnapshot snapshot(Record r) {
        List<Evidence> evidence =
                r.get("evidence")
                        .asList(
                                (Value e) ->
                                        new Evidence(
                                                e.get("pmid").asString(),
                                                e.get("title").asString(""),
                                                e.get("model").asString(""),
                                                e.get("modelVersion").asString("")));
        return new ClaimSnapshot(
                r.get("id").asString(),
                ClaimKind.fromGraphName(r.get("kind").asString()),
                r.get("type").asString(""),
                r.get("subject").asString(""),
                r.get("object").asString(""),
                evidence);
    }
}
