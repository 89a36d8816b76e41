package io.litmine.tasks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * BC5CDR chemical-induced disease extraction (RE-BC5CDR-BioGPT): lower-cased title and abstract in,
 * {@code the relation between <chemical> and <disease> exists; ...} out. Results are names; MeSH
 * ids exist only through a lookup map ({@link EntityIds}), which the official evaluation has for
 * its test set and new articles do not.
 */
public final class Bc5cdrTask extends AbstractBioGptTask<ChemicalDiseaseResult> {

    /** train.sh: {@code --learned-prompt 9}, {@code --max-source-positions 640}. */
    private static final PromptSpec PROMPT = PromptSpec.learned(9, 640);

    /** A single relation type, chemical-induced disease; its text in the template is "exists". */
    public static final List<String> LABELS = List.of("CID");

    public Bc5cdrTask() {
        super("bc5cdr", PROMPT, LABELS);
    }

    @Override
    public List<String> sources(Article article) {
        return List.of(RelationSources.titleAndAbstract(article));
    }

    @Override
    public ChemicalDiseaseResult parse(String generated) {
        return ChemicalDiseaseStatements.parse(generated);
    }

    @Override
    public TestSet<ChemicalDiseaseResult> readTestSet(Path file) throws IOException {
        return Bc5cdrTestSet.read(file, this::sources);
    }
}
