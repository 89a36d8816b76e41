package io.litmine.jobs;

import io.litmine.operators.graph.ClaimKind;
import io.litmine.operators.mining.ArticleMiner;
import io.litmine.operators.mining.ExtractedRelation;
import io.litmine.operators.mining.MinedArticle;
import io.litmine.operators.mining.MinerFactory;
import io.litmine.schemas.ArticleRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A miner that answers from a script (PMID → relations): exact expectations at the boundary. */
final class ScriptedMiner implements MinerFactory {
    private static final long serialVersionUID = 1L;

    private final HashMap<String, List<ExtractedRelation>> script = new HashMap<>();

    ScriptedMiner drugTarget(String pmid, String drug, String target, String interaction) {
        return add(pmid, ClaimKind.DRUG_TARGET, drug, target, interaction, "kd-dti");
    }

    ScriptedMiner drugDrug(String pmid, String first, String second, String type) {
        return add(pmid, ClaimKind.DRUG_DRUG, first, second, type, "ddi");
    }

    private ScriptedMiner add(
            String pmid, ClaimKind kind, String s, String o, String type, String task) {
        List<ExtractedRelation> relations =
                new java.util.ArrayList<>(script.getOrDefault(pmid, List.of()));
        relations.add(new ExtractedRelation(kind, s, o, type, task, "scripted-" + task, "v1"));
        script.put(pmid, List.copyOf(relations));
        return this;
    }

    @Override
    public ArticleMiner create() {
        Map<String, List<ExtractedRelation>> frozen = Map.copyOf(script);
        return new ArticleMiner() {
            @Override
            public List<MinedArticle> mine(List<ArticleRecord> batch) {
                return batch.stream()
                        .map(
                                a ->
                                        new MinedArticle(
                                                a.pmid(),
                                                frozen.getOrDefault(a.pmid(), List.of()),
                                                List.of(),
                                                List.of("v1"),
                                                0,
                                                0))
                        .toList();
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
