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
    private String crashOnceAt;

    /** A failure injected in the job, not a bad record: thrown (once per JVM) at this PMID. */
    static final class InjectedCrash extends Error {
        private static final long serialVersionUID = 1L;

        InjectedCrash(String pmid) {
            super("injected crash at pmid " + pmid);
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean CRASHED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private static final java.util.concurrent.atomic.AtomicInteger CREATED =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Miners created in this JVM: one per mining subtask start, so more than the parallelism means
     * the job restarted.
     */
    static int created() {
        return CREATED.get();
    }

    /** Whether the injected crash happened in this JVM. */
    static boolean crashed() {
        return CRASHED.get();
    }

    ScriptedMiner crashOnceAt(String pmid) {
        crashOnceAt = pmid;
        return this;
    }

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
        CREATED.incrementAndGet();
        Map<String, List<ExtractedRelation>> frozen = Map.copyOf(script);
        String crashAt = crashOnceAt;
        return new ArticleMiner() {
            @Override
            public List<MinedArticle> mine(List<ArticleRecord> batch) {
                if (batch.stream().anyMatch(a -> a.pmid().equals(crashAt))
                        && CRASHED.compareAndSet(false, true)) {
                    throw new InjectedCrash(crashAt);
                }
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
