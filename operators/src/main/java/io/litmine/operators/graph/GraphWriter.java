package io.litmine.operators.graph;

import io.litmine.schemas.Alert;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes batches of {@link ArticleUpdate}s into Neo4j, one transaction per batch, and reports how
 * each touched claim's evidence changed (the input of the alerts). Plain Java: the Flink sink only
 * buffers and calls {@link #write}.
 *
 * <p>Idempotent by construction: nodes and edges are MERGEd on unique keys, an article's ASSERTS
 * edges are made to equal its current claims, evidence counts are derived from those edges, and a
 * write that changes nothing reports no change. An older version than the graph holds, or any
 * version of a deleted article, is ignored.
 *
 * <p>Thread-safe if the driver is (it is); does not own the driver.
 */
public final class GraphWriter {
    private static final Logger LOG = LoggerFactory.getLogger(GraphWriter.class);

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final AlertRules alertRules;

    public GraphWriter(Driver driver, String database, AlertRules alertRules) {
        this.driver = driver;
        this.alertRules = alertRules;
        this.sessionConfig =
                database == null || database.isBlank()
                        ? SessionConfig.defaultConfig()
                        : SessionConfig.forDatabase(database);
    }

    /** Creates the uniqueness constraints (if missing). Call once before the first write. */
    public void createConstraints() {
        try (Session session = driver.session(sessionConfig)) {
            for (String constraint : GraphCypher.CONSTRAINTS) {
                session.executeWriteWithoutResult(tx -> tx.run(constraint).consume());
            }
        }
    }

    /**
     * Applies a batch in one transaction. Several updates of one PMID collapse to the last (the job
     * orders them per PMID).
     *
     * @return the claims whose evidence set changed, in claim-id order of first touch, and the
     *     alerts to send: those the changes raised (recorded pending in the same transaction) and
     *     those still pending from an earlier write that this one replayed
     */
    public WriteResult write(List<? extends ArticleUpdate> batch) {
        Map<String, ArticleUpdate> latest = new LinkedHashMap<>();
        batch.forEach(update -> latest.put(update.pmid(), update));
        long start = System.nanoTime();
        WriteResult result;
        try (Session session = driver.session(sessionConfig)) {
            result = session.executeWrite(tx -> writeInTransaction(tx, latest));
        }
        LOG.info(
                "graph batch: {} updates, {} ignored as stale, {} claims changed in {} ms",
                latest.size(),
                result.ignored(),
                result.changes().size(),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private WriteResult writeInTransaction(
            TransactionContext tx, Map<String, ArticleUpdate> byPmid) {
        Map<String, StoredArticle> stored = readArticles(tx, byPmid.keySet());
        List<ArticleClaims> articles = new ArrayList<>();
        List<ArticleRetraction> retractions = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        Set<String> repeatedRetractions = new LinkedHashSet<>();
        for (ArticleUpdate update : byPmid.values()) {
            StoredArticle old = stored.get(update.pmid());
            if (update instanceof ArticleClaims claims && accepts(old, claims)) {
                articles.add(claims);
                claims.claims().forEach(c -> touched.add(c.id()));
            } else if (update instanceof ArticleRetraction retraction) {
                retractions.add(retraction);
                if (old != null && old.deleted()) {
                    repeatedRetractions.add(retraction.pmid());
                }
            } else {
                continue;
            }
            if (old != null) {
                touched.addAll(old.claimIds());
            }
        }
        Map<String, ClaimSnapshot> before = readClaims(tx, touched);
        runUpdates(tx, articles, retractions);
        Map<String, ClaimSnapshot> after = readClaims(tx, touched);
        tx.run(GraphCypher.DELETE_UNSUPPORTED_CLAIMS, Map.of("ids", List.copyOf(touched)))
                .consume();
        int ignored = byPmid.size() - articles.size() - retractions.size();
        List<ClaimChange> changes = changes(touched, before, after);
        Set<String> unchanged = new LinkedHashSet<>(touched);
        changes.forEach(change -> unchanged.remove(change.claimId()));
        List<Alert> alerts =
                AlertOutbox.recordAndCollect(
                        tx,
                        alertRules.alerts(changes, Instant.now()),
                        unchanged,
                        repeatedRetractions);
        return new WriteResult(changes, ignored, alerts);
    }

    /**
     * Marks alerts as sent (no longer re-sent by a replay): call once the checkpoint that covers
     * their emission has completed, so Kafka holds them.
     */
    public void markAlertsSent(List<String> alertIds) {
        if (alertIds.isEmpty()) {
            return;
        }
        try (Session session = driver.session(sessionConfig)) {
            session.executeWriteWithoutResult(
                    tx -> AlertOutbox.markSent(tx, alertIds, Instant.now()));
        }
    }

    private static boolean accepts(StoredArticle old, ArticleClaims update) {
        return old == null || (!old.deleted() && old.version() <= update.version());
    }

    private static void runUpdates(
            TransactionContext tx,
            List<ArticleClaims> articles,
            List<ArticleRetraction> retractions) {
        if (!articles.isEmpty()) {
            List<Map<String, Object>> rows = articles.stream().map(GraphRows::article).toList();
            tx.run(GraphCypher.UPSERT_ARTICLES, Map.of("rows", rows)).consume();
            tx.run(GraphCypher.DROP_OLD_ASSERTS, Map.of("rows", rows)).consume();
            for (ClaimKind kind : ClaimKind.values()) {
                List<Map<String, Object>> claimRows = GraphRows.claims(articles, kind);
                if (!claimRows.isEmpty()) {
                    tx.run(GraphCypher.MERGE_CLAIMS.get(kind), Map.of("rows", claimRows)).consume();
                }
            }
        }
        if (!retractions.isEmpty()) {
            List<Map<String, Object>> rows =
                    retractions.stream()
                            .map(
                                    r ->
                                            Map.<String, Object>of(
                                                    "pmid", r.pmid(), "reason", r.reason()))
                            .toList();
            tx.run(GraphCypher.RETRACT_ARTICLES, Map.of("rows", rows)).consume();
        }
    }

    private static List<ClaimChange> changes(
            Set<String> touched,
            Map<String, ClaimSnapshot> before,
            Map<String, ClaimSnapshot> after) {
        List<ClaimChange> changes = new ArrayList<>();
        for (String id : touched) {
            ClaimSnapshot was = before.get(id);
            ClaimSnapshot is = after.get(id);
            if (is != null && is.evidence().isEmpty()) {
                is = null;
            }
            if (was != null && was.evidence().isEmpty()) {
                was = null;
            }
            if ((was != null || is != null) && new ClaimChange(was, is).changed()) {
                changes.add(new ClaimChange(was, is));
            }
        }
        return changes;
    }

    private static Map<String, StoredArticle> readArticles(
            TransactionContext tx, Set<String> pmids) {
        Map<String, StoredArticle> stored = new HashMap<>();
        tx.run(GraphCypher.READ_ARTICLES, Map.of("pmids", List.copyOf(pmids)))
                .forEachRemaining(
                        r ->
                                stored.put(
                                        r.get("pmid").asString(),
                                        new StoredArticle(
                                                r.get("version").isNull()
                                                        ? 0
                                                        : r.get("version").asInt(),
                                                r.get("deleted").asBoolean(),
                                                r.get("claimIds").asList(Value::asString))));
        return stored;
    }

    private static Map<String, ClaimSnapshot> readClaims(TransactionContext tx, Set<String> ids) {
        Map<String, ClaimSnapshot> claims = new HashMap<>();
        if (ids.isEmpty()) {
            return claims;
        }
        tx.run(GraphCypher.READ_CLAIMS, Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(
                        r -> {
                            ClaimSnapshot claim = GraphRows.snapshot(r);
                            claims.put(claim.id(), claim);
                        });
        return claims;
    }

    static Object time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record StoredArticle(int version, boolean deleted, List<String> claimIds) {}
}
