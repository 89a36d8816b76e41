package io.litmine.tasks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * KD-DTI drug–target–interaction extraction (RE-DTI-BioGPT): lower-cased title and abstract in,
 * {@code the interaction between <drug> and <target> is <interaction>; ...} out.
 */
public final class KdDtiTask extends AbstractBioGptTask<RelationResult> {

    /** train.sh: {@code --learned-prompt 9}, {@code --max-source-positions 640}. */
    private static final PromptSpec PROMPT = PromptSpec.learned(9, 640);

    /**
     * The 41 interaction types of the valid and test sets, plus the three more that the data
     * script's verb mapping names ({@code incorporation into and destabilization}, {@code
     * desensitize the target}, {@code protector}); train.json is not published, so the full
     * inventory is not established.
     */
    public static final List<String> LABELS =
            List.of(
                    "activator",
                    "adduct",
                    "agonist",
                    "allosteric modulator",
                    "antagonist",
                    "antibody",
                    "bind",
                    "binder",
                    "binding",
                    "blocker",
                    "chaperone",
                    "chelator",
                    "cleavage",
                    "cofactor",
                    "cross-linking/alkylation",
                    "disruption",
                    "downregulator",
                    "enhancer",
                    "inactivator",
                    "inducer",
                    "inhibitor",
                    "intercalation",
                    "inverse agonist",
                    "ligand",
                    "modulator",
                    "multitarget",
                    "negative modulator",
                    "opener",
                    "other",
                    "other/unknown",
                    "partial agonist",
                    "partial antagonist",
                    "positive allosteric modulator",
                    "potentiator",
                    "product of",
                    "regulator",
                    "stimulator",
                    "substrate",
                    "suppressor",
                    "unknown",
                    "weak inhibitor",
                    "incorporation into and destabilization",
                    "desensitize the target",
                    "protector");

    public KdDtiTask() {
        super("kd-dti", PROMPT, LABELS);
    }

    @Override
    public List<String> sources(Article article) {
        return List.of(RelationSources.titleAndAbstract(article));
    }

    @Override
    public RelationResult parse(String generated) {
        return InteractionStatements.parse(generated);
    }

    @Override
    public TestSet<RelationResult> readTestSet(Path file) throws IOException {
        return RelationTestSet.read(file, this::sources);
    }
}
