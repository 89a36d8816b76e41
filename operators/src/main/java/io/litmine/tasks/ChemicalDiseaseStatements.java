package io.litmine.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official BC5CDR output parser ({@code examples/RE-BC5CDR/postprocess.py}). Unlike KD-DTI it
 * splits on a bare {@code ;} and strips each piece before matching; text after {@code exists} is
 * ignored. The script's crash on an empty line cannot happen in the official pipeline (the line
 * always carries the prompt), so an empty generation is simply a failed one here.
 */
final class ChemicalDiseaseStatements {

    private static final Pattern STATEMENT =
            Pattern.compile("the relation between (.*) and (.*) exists", Pattern.UNIX_LINES);

    private ChemicalDiseaseStatements() {}

    static ChemicalDiseaseResult parse(String generated) {
        List<ChemicalDiseasePair> pairs = new ArrayList<>();
        for (String piece : LiteralSplit.split(PostprocessLine.clean(generated), ";")) {
            Matcher m = STATEMENT.matcher(PythonText.strip(piece));
            if (m.lookingAt()) {
                pairs.add(
                        new ChemicalDiseasePair(
                                PythonText.strip(m.group(1)), PythonText.strip(m.group(2))));
            }
        }
        return new ChemicalDiseaseResult(pairs);
    }
}
