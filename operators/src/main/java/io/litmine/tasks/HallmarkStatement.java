package io.litmine.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official HoC output parser ({@code examples/DC-HoC/postprocess.py}) and the label splitting
 * of its evaluator. The template is searched anywhere ({@code re.search}), the first occurrence
 * wins, no space is required after {@code is} ({@code ...isempty} gives {@code empty}), and the
 * rest of the line, stripped, is the label text. The labels themselves are split only by the
 * evaluator: on {@code |}, each piece stripped, unknown strings silently ignored.
 */
final class HallmarkStatement {

    private static final Pattern STATEMENT =
            Pattern.compile("the type of this document is(.*)", Pattern.UNIX_LINES);

    private HallmarkStatement() {}

    static HallmarkResult parse(String generated) {
        Matcher m = STATEMENT.matcher(PostprocessLine.clean(generated));
        if (!m.find()) {
            return new HallmarkResult(true, HallmarkResult.FAILED, List.of());
        }
        String extracted = PythonText.strip(m.group(1));
        return new HallmarkResult(false, extracted, knownLabels(extracted));
    }

    /**
     * What {@code MultiLabelBinarizer(classes=...)} keeps of a label line: the known labels, each
     * once, in the order they appear.
     */
    static List<String> knownLabels(String labelLine) {
        List<String> labels = new ArrayList<>();
        for (String piece : LiteralSplit.split(PythonText.strip(labelLine), "|")) {
            String label = PythonText.strip(piece);
            if (HocTask.LABELS.contains(label) && !labels.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }
}
