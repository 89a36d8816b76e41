package io.litmine.cli;

import io.litmine.embedded.EmbeddedNeo4j;
import io.litmine.ingest.IngestStats;
import io.litmine.ingest.TopicReader;
import io.litmine.query.GraphQueries;
import io.litmine.query.Tables;
import io.litmine.schemas.Alert;
import io.litmine.schemas.DeadLetter;
import io.litmine.schemas.Topic;
import io.litmine.schemas.TopicCodec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.neo4j.driver.Driver;

/** What one demo run did: the topics and the graph before and after, and the analyst questions. */
final class DemoReport {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(120);

    /** The alert and dead-letter topics and the graph's counts at one moment. */
    record Snapshot(
            Instant time,
            List<TopicReader.Keyed<Alert>> alerts,
            List<TopicReader.Keyed<DeadLetter>> deadLetters,
            Map<String, Object> graph) {}

    private final Snapshot before;
    private final Snapshot after;
    private final EmbeddedNeo4j neo4j;
    private final Path neo4jDir;

    DemoReport(Snapshot before, Snapshot after, EmbeddedNeo4j neo4j, Path neo4jDir) {
        this.before = before;
        this.after = after;
        this.neo4j = neo4j;
        this.neo4jDir = neo4jDir;
    }

    static Snapshot snapshot(String bootstrap, Driver driver) {
        return new Snapshot(
                Instant.now(),
                TopicReader.readAll(
                        bootstrap, Topic.ALERTS.defaultName(), TopicCodec.alerts(), READ_TIMEOUT),
                TopicReader.readAll(
                        bootstrap,
                        Topic.DEADLETTERS.defaultName(),
                        TopicCodec.deadLetters(),
                        READ_TIMEOUT),
                new GraphQueries(driver).stats().get(0));
    }

    private static <T> List<T> added(
            List<TopicReader.Keyed<T>> was, List<TopicReader.Keyed<T>> is) {
        Set<String> seen = new HashSet<>();
        was.forEach(k -> seen.add(k.partition() + ":" + k.offset()));
        return is.stream()
                .filter(k -> !seen.contains(k.partition() + ":" + k.offset()))
                .map(TopicReader.Keyed::value)
                .toList();
    }

    /**
     * The alerts of this run by kind, each alert once: alerts are at-least-once with stable ids (a
     * job restarted from a checkpoint re-sends what the checkpoint did not cover), so the report
     * counts them as a consumer must, by id.
     */
    Map<String, Long> alertsByKind() {
        Map<String, Long> kinds = new TreeMap<>();
        for (Alert.AlertKind kind : Alert.AlertKind.values()) {
            kinds.put(kind.name(), 0L);
        }
        distinct(added(before.alerts(), after.alerts()), Alert::id)
                .forEach(a -> kinds.merge(a.kind().name(), 1L, Long::sum));
        return kinds;
    }

    /** The records rejected in this run, each once (see {@link DeadLetter#rejectionKey()}). */
    int deadLetters() {
        return distinct(added(before.deadLetters(), after.deadLetters()), DeadLetter::rejectionKey)
                .size();
    }

    /** Copies on the alert and dead-letter topics that a replay after a restart sent again. */
    int replayedCopies() {
        List<Alert> alerts = added(before.alerts(), after.alerts());
        List<DeadLetter> letters = added(before.deadLetters(), after.deadLetters());
        return alerts.size()
                - distinct(alerts, Alert::id).size()
                + letters.size()
                - distinct(letters, DeadLetter::rejectionKey).size();
    }

    private static <T> List<T> distinct(List<T> values, Function<T, String> identity) {
        Set<String> seen = new HashSet<>();
        return values.stream().filter(v -> seen.add(identity.apply(v))).toList();
    }

    long graph(Snapshot snapshot, String key) {
        return ((Number) snapshot.graph().get(key)).longValue();
    }

    void print(PrintWriter out, Driver driver) {
        out.printf(
                "demo: graph: %d articles (%+d), %d claims (%+d; %d drug-target), %d evidence"
                        + " edges, %d drugs, %d targets%n",
                graph(after, "articles"),
                graph(after, "articles") - graph(before, "articles"),
                graph(after, "claims"),
                graph(after, "claims") - graph(before, "claims"),
                graph(after, "drugTargetClaims"),
                graph(after, "evidence"),
                graph(after, "drugs"),
                graph(after, "targets"));
        out.println("demo: alerts sent in this run: " + alertsByKind());
        out.println("demo: dead letters in this run: " + deadLetters());
        int replayed = replayedCopies();
        if (replayed > 0) {
            out.println(
                    "demo: the job restarted from a checkpoint; "
                            + replayed
                            + " alert and dead-letter records it sent again are counted once");
        }
        GraphQueries queries = new GraphQueries(driver);
        out.println("\nQ1. Which drug-target claims have the most evidence?");
        Tables.print(out, queries.topClaims(5));
        out.println("\nQ2. Which drugs have the most targets?");
        Tables.print(out, queries.topDrugs(5));
        out.println("\nQ3. Which claims are new in this run?");
        Tables.print(out, queries.newClaimsSince(before.time(), 5));
        out.printf(
                "%nNeo4j Browser: connect to %s as %s, password in %s (while --keep-running)%n",
                neo4j.boltUri(), EmbeddedNeo4j.USER, EmbeddedNeo4j.passwordFile(neo4jDir));
        out.flush();
    }

    String json(IngestStats stats) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("articles", graph(after, "articles"));
        summary.put("claims", graph(after, "claims"));
        summary.put("newClaims", graph(after, "claims") - graph(before, "claims"));
        summary.put("evidence", graph(after, "evidence"));
        summary.put("alerts", alertsByKind());
        summary.put("deadLetters", deadLetters());
        summary.put("replayedCopies", replayedCopies());
        summary.put("ingestClean", stats.clean());
        summary.put("bolt", neo4j.boltUri());
        return Tables.json(summary);
    }
}
