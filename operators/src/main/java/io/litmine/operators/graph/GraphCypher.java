package io.litmine.operators.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every Cypher statement the graph writer runs. Statements are constants and data are parameters:
 * each batch is one {@code UNWIND $rows AS row ...} per statement. Node labels are never data; the
 * claim statements are built once per {@link ClaimKind} from its fixed labels.
 */
final class GraphCypher {
    private GraphCypher() {}

    /** Uniqueness on every key, so concurrent MERGEs cannot create twins (platform.md P4). */
    static final List<String> CONSTRAINTS =
            List.of(
                    "CREATE CONSTRAINT article_pmid IF NOT EXISTS FOR (n:Article) REQUIRE n.pmid"
                            + " IS UNIQUE",
                    "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
                    "CREATE CONSTRAINT drug_key IF NOT EXISTS FOR (n:Drug) REQUIRE n.key IS UNIQUE",
                    "CREATE CONSTRAINT target_key IF NOT EXISTS FOR (n:Target) REQUIRE n.key IS"
                            + " UNIQUE",
                    "CREATE CONSTRAINT chemical_key IF NOT EXISTS FOR (n:Chemical) REQUIRE n.key IS"
                            + " UNIQUE",
                    "CREATE CONSTRAINT disease_key IF NOT EXISTS FOR (n:Disease) REQUIRE n.key IS"
                            + " UNIQUE",
                    "CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (n:Alert) REQUIRE n.id IS UNIQUE",
                    "CREATE INDEX alert_claim IF NOT EXISTS FOR (n:Alert) ON (n.claimId)",
                    "CREATE INDEX alert_pending IF NOT EXISTS FOR (n:Alert) ON (n.pending)");

    /**
     * The outbox: an alert is recorded, pending, in the transaction whose change raised it. The
     * same event (same id) raised again is pending again, since it is being sent again.
     */
    static final String RECORD_ALERTS =
            """
            UNWIND $rows AS row
            MERGE (al:Alert {id: row.id})
            SET al.kind = row.kind, al.claimId = row.claimId, al.pmids = row.pmids,
                al.payload = row.payload, al.raisedAt = row.raisedAt, al.pending = true
            """;

    /** Pending alerts of claims a write touched without changing them (index on claimId). */
    static final String READ_PENDING_ALERTS_OF_CLAIMS =
            """
            UNWIND $claimIds AS claimId
            MATCH (al:Alert {claimId: claimId})
            WHERE al.pending = true
            RETURN al.payload AS payload
            ORDER BY al.raisedAt, al.id
            """;

    /**
     * Pending alerts naming articles a write deleted again (rare: only replays of deletions; the
     * index on pending keeps it to the few unsent alerts).
     */
    static final String READ_PENDING_ALERTS_OF_ARTICLES =
            """
            MATCH (al:Alert)
            WHERE al.pending = true AND any(p IN al.pmids WHERE p IN $pmids)
            RETURN al.payload AS payload
            ORDER BY al.raisedAt, al.id
            """;

    /** Called once the checkpoint covering the alerts' emission completed: Kafka has them. */
    static final String MARK_ALERTS_SENT =
            """
            UNWIND $ids AS id
            MATCH (al:Alert {id: id})
            SET al.pending = false, al.sentAt = $sentAt
            """;

    static final String READ_ARTICLES =
            """
            UNWIND $pmids AS pmid
            MATCH (a:Article {pmid: pmid})
            RETURN pmid, a.version AS version, coalesce(a.deleted, false) AS deleted,
                   [(a)-[:ASSERTS]->(c:Claim) | c.id] AS claimIds
            """;

    static final String READ_CLAIMS =
            """
            UNWIND $ids AS id
            MATCH (s)<-[:SUBJECT]-(c:Claim {id: id})-[:OBJECT]->(o)
            RETURN c.id AS id, c.kind AS kind, c.type AS type, s.name AS subject, o.name AS object,
                   [(a:Article)-[r:ASSERTS]->(c) | {pmid: a.pmid, title: a.title, model: r.model,
                                                    modelVersion: r.modelVersion}] AS evidence
            """;

    /** Keeps {@code processedAt} when the same version is written again (a replay). */
    static final String UPSERT_ARTICLES =
            """
            UNWIND $rows AS row
            MERGE (a:Article {pmid: row.pmid})
            SET a.processedAt = CASE WHEN a.version = row.version AND a.processedAt IS NOT NULL
                                     THEN a.processedAt ELSE row.processedAt END,
                a.version = row.version, a.title = row.title, a.journal = row.journal,
                a.published = row.published, a.hallmarks = row.hallmarks,
                a.modelVersions = row.modelVersions
            """;

    static final String DROP_OLD_ASSERTS =
            """
            UNWIND $rows AS row
            MATCH (a:Article {pmid: row.pmid})-[r:ASSERTS]->(c:Claim)
            WHERE NOT c.id IN row.claimIds
            DELETE r
            """;

    static final String RETRACT_ARTICLES =
            """
            UNWIND $rows AS row
            MERGE (a:Article {pmid: row.pmid})
            SET a.deleted = true, a.deletedReason = row.reason
            WITH a
            OPTIONAL MATCH (a)-[r:ASSERTS]->(:Claim)
            DELETE r
            """;

    /** Claims are derived from their evidence: one left without any is removed. */
    static final String DELETE_UNSUPPORTED_CLAIMS =
            """
            UNWIND $ids AS id
            MATCH (c:Claim {id: id})
            WHERE NOT EXISTS { (:Article)-[:ASSERTS]->(c) }
            DETACH DELETE c
            """;

    static final Map<ClaimKind, String> MERGE_CLAIMS = mergeClaimsByKind();

    private static Map<ClaimKind, String> mergeClaimsByKind() {
        Map<ClaimKind, String> statements = new EnumMap<>(ClaimKind.class);
        for (ClaimKind kind : ClaimKind.values()) {
            statements.put(kind, mergeClaims(kind.subjectLabel(), kind.objectLabel()));
        }
        return statements;
    }

    private static String mergeClaims(String subjectLabel, String objectLabel) {
        return """
                UNWIND $rows AS row
                MERGE (s:%s {key: row.subjectKey}) ON CREATE SET s.name = row.subjectName
                MERGE (o:%s {key: row.objectKey}) ON CREATE SET o.name = row.objectName
                MERGE (c:Claim {id: row.id})
                  ON CREATE SET c.kind = row.kind, c.type = row.type, c.firstSeen = row.seenAt
                MERGE (c)-[:SUBJECT]->(s)
                MERGE (c)-[:OBJECT]->(o)
                WITH c, row
                MATCH (a:Article {pmid: row.pmid})
                MERGE (a)-[r:ASSERTS]->(c)
                  ON CREATE SET r.task = row.task, r.model = row.model,
                                r.modelVersion = row.modelVersion, r.extractedAt = row.seenAt,
                                c.lastSeen = row.seenAt
                """
                .formatted(subjectLabel, objectLabel);
    }
}
