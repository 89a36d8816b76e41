package io.litmine.tasks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * DDI drug–drug interaction extraction (RE-DDI-BioGPT): the lower-cased abstract in (DDI documents
 * have no title), {@code the interaction between <drug> and <drug> is <type>; ...} out. Parsing and
 * evaluation are KD-DTI's: the official scripts are byte-identical.
 */
public final class DdiTask extends AbstractBioGptTask<RelationResult> {

    /** train.sh: {@code --learned-prompt 9}, {@code --max-source-positions 640}. */
    private static final PromptSpec PROMPT = PromptSpec.learned(9, 640);

    /** The four DDI 2013 interaction types. */
    public static final List<String> LABELS = List.of("mechanism", "effect", "advise", "int");

    public DdiTask() {
        super("ddi", PROMPT, LABELS);
    }

    @Override
    public List<String> sources(Article article) {
        return List.of(RelationSources.abstractOnly(article));
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
