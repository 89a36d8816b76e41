package io.litmine.graph;

import io.litmine.operators.graph.ArticleClaims;
import io.litmine.operators.graph.Claim;
import io.litmine.operators.graph.ClaimKind;
import io.litmine.operators.graph.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Small builders and graph probes shared by the graph integration tests. */
final class GraphFixtures {
    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private GraphFixtures() {}

    static Claim drugTarget(String drug, String target, String type) {
        return new Claim(
                ClaimKind.DRUG_TARGET,
                new Entity(drug.toLowerCase(), drug),
                new Entity(target.toLowerCase(), target),
                type,
                "kd-dti",
                "biogpt-kd-dti",
                "v1");
    }

    static Claim drugDrug(String first, String second, String type) {
        return new Claim(
                ClaimKind.DRUG_DRUG,
                new Entity(first.toLowerCase(), first),
                new Entity(second.toLowerCase(), second),
                type,
                "ddi",
                "biogpt-ddi",
                "v1");
    }

    static ArticleClaims article(String pmid, int version, Claim... claims) {
        return new ArticleClaims(
                pmid,
                version,
                "Title of " + pmid,
                "J Test",
                "2026",
                List.of(),
                List.of("v1"),
                List.of(claims),
                T0);
    }

    static long count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    static Object single(Driver driver, String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher)
                .withParameters(params)
                .execute()
                .records()
                .get(0)
                .get(0)
                .asObject();
    }

    static void clear(Driver driver) {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }
}
