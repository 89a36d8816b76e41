package io.litmine.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official KD-DTI / DDI output parser ({@code examples/RE-DTI/postprocess.py}, byte-identical
 * for DDI), quirks included, because a real checkpoint is scored against exactly this.
 *
 * <ul>
 *   <li>Statements are separated by exactly {@code "; "}; pieces are not stripped, so a piece
 *       starting with a space fails, and {@code ";"} without a space glues two statements into one
 *       greedy match.
 *   <li>The template is matched at the start only ({@code re.match}) with greedy groups: the
 *       subject runs to the last {@code " and "} that is followed by {@code " is "}, the relation
 *       starts after the last {@code " is "}. Java's backtracking gives the same split.
 *   <li>{@code .} matches anything but {@code \n} ({@link Pattern#UNIX_LINES}), as in Python;
 *       Java's default would also stop at U+2028 or U+0085.
 *   <li>No label validation and a case-sensitive template: {@code The interaction ...} fails.
 * </ul>
 */
final class InteractionStatements {

    private static final Pattern STATEMENT =
            Pattern.compile("the interaction between (.*) and (.*) is (.*)", Pattern.UNIX_LINES);
    private static final String SEPARATOR = "; ";

    private InteractionStatements() {}

    static RelationResult parse(String generated) {
        List<RelationTriple> triples = new ArrayList<>();
        for (String piece : LiteralSplit.split(PostprocessLine.clean(generated), SEPARATOR)) {
            Matcher m = STATEMENT.matcher(piece);
            if (m.lookingAt()) {
                triples.add(
                        new RelationTriple(
                                PythonText.strip(m.group(1)),
                                PythonText.strip(m.group(2)),
                                PythonText.strip(m.group(3))));
            }
        }
        return new RelationResult(triples);
    }
}
