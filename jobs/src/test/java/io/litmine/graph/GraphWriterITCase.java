package io.litmine.graph;

import static io.litmine.graph.GraphFixtures.article;
import static io.litmine.graph.GraphFixtures.count;
import static io.litmine.graph.GraphFixtures.drugDrug;
import static io.litmine.graph.GraphFixtures.drugTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.embedded.EmbeddedNeo4j;
import io.litmine.operators.graph.AlertRules;
import io.litmine.operators.graph.ArticleRetraction;
import io.litmine.operators.graph.ClaimChange;
import io.litmine.operators.graph.GraphWriter;
import io.litmine.operators.graph.WriteResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** The graph writer against a real Neo4j 5.26 server (child JVM, Bolt), one server per class. */
class GraphWriterITCase {
    @TempDir static Path dataDir;
    private static EmbeddedNeo4j neo4j;
    private static Driver driver;
    private static GraphWriter writer;

    @BeforeAll
    static void startNeo4j() throws Exception {
        neo4j = EmbeddedNeo4j.start(dataDir.resolve("neo4j"));
        driver = neo4j.driver();
        writer = new GraphWriter(driver, null, new AlertRules(3));
        writer.createConstraints();
    }

    @AfterAll
    static void stopNeo4j() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @BeforeEach
    void emptyGraph() {
        GraphFixtures.clear(driver);
    }

    @Test
    void twoArticlesAssertingOneClaimMakeOneClaimWithTwoEvidenceEdges() {
        WriteResult result =
                writer.write(
                        List.of(
                                article("101", 1, drugTarget("Imatinib", "ABL1", "inhibitor")),
                                article(
                                        "102",
                                        1,
                                        drugTarget("imatinib", "abl1", "inhibitor"),
                                        drugDrug("Aspirin", "Warfarin", "effect"))));

        assertThat(count(driver, "MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
        assertThat(count(driver, "MATCH (c:Claim) RETURN count(c)")).isEqualTo(2);
        assertThat(count(driver, "MATCH (:Article)-[r:ASSERTS]->(:Claim) RETURN count(r)"))
                .isEqualTo(3);
        assertThat(count(driver, "MATCH (d:Drug) RETURN count(d)")).isEqualTo(3);
        assertThat(
                        count(
                                driver,
                                "MATCH (:Drug {key:'imatinib'})<-[:SUBJECT]-(c:Claim"
                                        + " {kind:'drug-target', type:'inhibitor'})-[:OBJECT]->"
                                        + "(:Target {key:'abl1'}) RETURN count(c)"))
                .isEqualTo(1);
        assertThat(result.changes()).hasSize(2);
        assertThat(result.changes().get(0).evidenceAfter()).isEqualTo(2);
    }

    @Test
    void writingTheSameBatchAgainChangesNothing() {
        var batch = List.of(article("201", 1, drugTarget("Gefitinib", "EGFR", "inhibitor")));
        writer.write(batch);
        Object processedAt =
                GraphFixtures.single(
                        driver,
                        "MATCH (a:Article {pmid: $p}) RETURN a.processedAt",
                        Map.of("p", "201"));

        WriteResult replay = writer.write(batch);

        assertThat(replay.changes()).isEmpty();
        assertThat(count(driver, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(3);
        assertThat(
                        GraphFixtures.single(
                                driver,
                                "MATCH (a:Article {pmid: $p}) RETURN a.processedAt",
                                Map.of("p", "201")))
                .isEqualTo(processedAt);
    }

    @Test
    void aNewVersionReplacesTheClaimsOfTheOldOneAndRemovesUnsupportedClaims() {
        writer.write(List.of(article("301", 1, drugTarget("Erlotinib", "EGFR", "inhibitor"))));

        WriteResult result =
                writer.write(
                        List.of(article("301", 2, drugTarget("Erlotinib", "HER2", "inhibitor"))));

        assertThat(count(driver, "MATCH (c:Claim) RETURN count(c)")).isEqualTo(1);
        assertThat(count(driver, "MATCH (:Target {key:'her2'})<-[:OBJECT]-(c) RETURN count(c)"))
                .isEqualTo(1);
        assertThat(result.changes())
                .extracting(ClaimChange::evidenceBefore, ClaimChange::evidenceAfter)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1, 0),
                        org.assertj.core.groups.Tuple.tuple(0, 1));
    }

    @Test
    void anOlderVersionThanTheGraphHoldsIsIgnored() {
        writer.write(List.of(article("401", 3, drugTarget("Lapatinib", "HER2", "inhibitor"))));

        WriteResult stale =
                writer.write(
                        List.of(article("401", 2, drugTarget("Lapatinib", "EGFR", "inhibitor"))));

        assertThat(stale.ignored()).isEqualTo(1);
        assertThat(stale.changes()).isEmpty();
        assertThat(count(driver, "MATCH (:Target {key:'egfr'}) RETURN count(*)")).isZero();
    }

    @Test
    void aDeletionRetractsTheArticlesClaimsButKeepsClaimsOthersSupport() {
        writer.write(
                List.of(
                        article("501", 1, drugTarget("Sorafenib", "RAF1", "inhibitor")),
                        article(
                                "502",
                                1,
                                drugTarget("Sorafenib", "RAF1", "inhibitor"),
                                drugTarget("Sorafenib", "KDR", "inhibitor"))));

        WriteResult result = writer.write(List.of(new ArticleRetraction("502", "deleted in test")));

        assertThat(count(driver, "MATCH (c:Claim) RETURN count(c)")).isEqualTo(1);
        assertThat(count(driver, "MATCH (:Article {pmid:'502'})-[r:ASSERTS]->() RETURN count(r)"))
                .isZero();
        assertThat(result.changes())
                .extracting(ClaimChange::evidenceBefore, ClaimChange::evidenceAfter)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, 1),
                        org.assertj.core.groups.Tuple.tuple(1, 0));
    }

    @Test
    void aDeletedArticleIsNotBroughtBackByALateCopy() {
        writer.write(List.of(new ArticleRetraction("601", "deleted in test")));

        WriteResult late =
                writer.write(
                        List.of(article("601", 1, drugTarget("Dasatinib", "SRC", "inhibitor"))));

        assertThat(late.ignored()).isEqualTo(1);
        assertThat(count(driver, "MATCH (c:Claim) RETURN count(c)")).isZero();
    }

    @Test
    void aReplayedWriteResendsItsStillPendingAlertWithTheSameIdUntilItIsMarkedSent() {
        var batch = List.of(article("701", 1, drugTarget("Nilotinib", "KIT", "inhibitor")));
        WriteResult first = writer.write(batch);
        assertThat(first.alerts()).extracting(a -> a.kind().name()).containsExactly("NEW_CLAIM");
        assertThat(count(driver, "MATCH (al:Alert {pending: true}) RETURN count(al)")).isEqualTo(1);

        WriteResult replay = writer.write(batch);

        assertThat(replay.changes()).isEmpty();
        assertThat(replay.alerts()).containsExactlyElementsOf(first.alerts());

        writer.markAlertsSent(List.of(first.alerts().get(0).id()));

        assertThat(writer.write(batch).alerts()).isEmpty();
        assertThat(count(driver, "MATCH (al:Alert {pending: false}) RETURN count(al)"))
                .isEqualTo(1);
    }

    @Test
    void aRepeatedDeletionResendsItsStillPendingRetraction() {
        WriteResult created =
                writer.write(
                        List.of(article("801", 1, drugTarget("Ponatinib", "FGFR1", "inhibitor"))));
        writer.markAlertsSent(created.alerts().stream().map(a -> a.id()).toList());
        var deletion = List.of(new ArticleRetraction("801", "deleted in test"));
        WriteResult first = writer.write(deletion);
        assertThat(first.alerts()).extracting(a -> a.kind().name()).containsExactly("RETRACTED");

        WriteResult replay = writer.write(deletion);

        assertThat(replay.changes()).isEmpty();
        assertThat(replay.alerts()).containsExactlyElementsOf(first.alerts());
    }

    @Test
    void aNewChangeOfAClaimDoesNotResendItsPendingAlerts() {
        WriteResult first =
                writer.write(List.of(article("901", 1, drugTarget("Imatinib", "PDGFRA", "x"))));

        WriteResult second =
                writer.write(List.of(article("902", 1, drugTarget("Imatinib", "PDGFRA", "x"))));

        assertThat(first.alerts()).hasSize(1);
        assertThat(second.alerts())
                .extracting(a -> a.kind().name())
                .as("threshold 3: two articles raise nothing new")
                .isEmpty();
    }
}
