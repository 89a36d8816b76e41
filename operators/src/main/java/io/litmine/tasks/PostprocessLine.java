package io.litmine.tasks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line handling every official {@code postprocess.py} applies before parsing, restated for the
 * generated text alone (without the echoed source and prompt the fairseq line carries).
 *
 * <p>Officially the line is {@code source + " " + prompt + " " + generated}; the script strips it,
 * drops one final {@code .}, then cuts after the last match of {@code (learned[0-9]+ )+} and strips
 * again. Because the prompt is always in that line, the learned pattern always matches and the
 * other prefix phrases ({@code we can conclude that}, ...) are never tried. Applied to the
 * generated text, the same result comes from: strip, drop one final {@code .}, cut after the last
 * learned-token run if any, strip. The fixtures' {@code expected} field confirms this recipe on
 * every case, including those where feeding the script the generated text alone would differ.
 */
public final class PostprocessLine {

    /** Same pattern as the scripts; {@code [0-9]} is ASCII in both engines. */
    private static final Pattern LEARNED_RUN = Pattern.compile("(learned[0-9]+ )+");

    private PostprocessLine() {}

    /** The text the task parser receives, from the decoded generation. */
    public static String clean(String generated) {
        String line = PythonText.strip(generated);
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '.') {
            line = line.substring(0, line.length() - 1);
        }
        return PythonText.strip(afterLastLearnedRun(line));
    }

    /** {@code re.split(p, line)[-1]}: the text after the last non-overlapping match. */
    private static String afterLastLearnedRun(String line) {
        Matcher m = LEARNED_RUN.matcher(line);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? line : line.substring(end);
    }
}
