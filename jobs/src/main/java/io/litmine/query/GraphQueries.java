package io.litmine.query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The analyst questions {@code litmine query} and {@code litmine demo} answer, as Cypher constants
 * with parameters. Names are matched on the normalised key (lower case) or the display name. Each
 * answer is a table: rows of column → value, in column order.
 */
public final class GraphQueries {
    static final String STATS =
            """
            CALL () { MATCH (a:Article) WHERE a.deleted IS NULL RETURN count(a) AS articles }
            CALL () { MATCH (a:Article) WHERE a.deleted = true RETURN count(a) AS deletedArticles }
            CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
            CALL () { MATCH (c:Claim {kind: 'drug-target'}) RETURN count(c) AS drugTargetClaims }
            CALL () { MATCH (:Article)-[r:ASSERTS]->(:Claim) RETURN count(r) AS evidence }
            CALL () { MATCH (d:Drug) RETURN count(d) AS drugs }
            CALL () { MATCH (t:Target) RETURN count(t) AS targets }
            RETURN articles, deletedArticles, claims, drugTargetClaims, evidence, drugs, targets
            """;

    static final String CLAIMS_OF_DRUG =
            """
            MATCH (d:Drug)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)
            WHERE d.key = toLower($name) OR toLower(d.name) = toLower($name)
            RETURN c.id AS claim, c.kind AS kind, d.name AS drug, o.name AS object, c.type AS type,
                   COUNT { (:Article)-[:ASSERTS]->(c) } AS evidence
            ORDER BY evidence DESC, object
            """;

    static final String DRUGS_OF_TARGET =
            """
            MATCH (t:Target)<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(d:Drug)
            WHERE t.key = toLower($name) OR toLower(t.name) = toLower($name)
            RETURN c.id AS claim, d.name AS drug, t.name AS target, c.type AS type,
                   COUNT { (:Article)-[:ASSERTS]->(c) } AS evidence
            ORDER BY evidence DESC, drug
            """;

    static final String NEW_CLAIMS_SINCE =
            """
            MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)
            WHERE c.firstSeen >= $since
            RETURN c.id AS claim, c.kind AS kind, s.name AS subject, o.name AS object,
                   c.type AS type, toString(c.firstSeen) AS firstSeen,
                   COUNT { (:Article)-[:ASSERTS]->(c) } AS evidence
            ORDER BY c.firstSeen DESC, claim
            LIMIT $limit
            """;

    static final String EVIDENCE =
            """
            MATCH (a:Article)-[r:ASSERTS]->(c:Claim {id: $claim})
            RETURN a.pmid AS pmid, a.title AS title, r.task AS task, r.model AS model,
                   r.modelVersion AS modelVersion, toString(r.extractedAt) AS extractedAt
            ORDER BY pmid
            """;

    static final String TOP_CLAIMS =
            """
            MATCH (s)<-[:SUBJECT]-(c:Claim {kind: 'drug-target'})-[:OBJECT]->(o)
            WITH c, s, o, COUNT { (:Article)-[:ASSERTS]->(c) } AS evidence
            RETURN c.id AS claim, s.name AS drug, o.name AS target, c.type AS type, evidence
            ORDER BY evidence DESC, drug, target
            LIMIT $limit
            """;

    static final String TOP_DRUGS =
            """
            MATCH (d:Drug)<-[:SUBJECT]-(c:Claim {kind: 'drug-target'})
            RETURN d.name AS drug, count(c) AS targets
            ORDER BY targets DESC, drug
            LIMIT $limit
            """;

    private final Driver driver;

    public GraphQueries(Driver driver) {
        this.driver = driver;
    }

    public List<Map<String, Object>> stats() {
        return run(STATS, Map.of());
    }

    public List<Map<String, Object>> claimsOfDrug(String drug) {
        return run(CLAIMS_OF_DRUG, Map.of("name", drug));
    }

    public List<Map<String, Object>> drugsOfTarget(String target) {
        return run(DRUGS_OF_TARGET, Map.of("name", target));
    }

    public List<Map<String, Object>> newClaimsSince(Instant since, int limit) {
        return run(
                NEW_CLAIMS_SINCE, Map.of("since", since.atOffset(ZoneOffset.UTC), "limit", limit));
    }

    public List<Map<String, Object>> evidence(String claimId) {
        return run(EVIDENCE, Map.of("claim", claimId));
    }

    /** Drug–target claims with the most evidence. */
    public List<Map<String, Object>> topClaims(int limit) {
        return run(TOP_CLAIMS, Map.of("limit", limit));
    }

    /** Drugs with the most drug–target claims. */
    public List<Map<String, Object>> topDrugs(int limit) {
        return run(TOP_DRUGS, Map.of("limit", limit));
    }

    private List<Map<String, Object>> run(String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher).withParameters(params).execute().records().stream()
                .map(GraphQueries::row)
                .toList();
    }

    private static Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : record.keys()) {
            Value value = record.get(key);
            row.put(key, value.isNull() ? null : value.asObject());
        }
        return row;
    }
}
