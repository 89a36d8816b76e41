package io.litmine.tasks;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code re.split} for a literal separator: every piece is kept, empty ones included.
 * {@link String#split} would drop trailing empty pieces and treat the separator as a regex.
 */
final class LiteralSplit {

    private LiteralSplit() {}

    static List<String> split(String text, String separator) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int at = text.indexOf(separator);
        while (at >= 0) {
            pieces.add(text.substring(start, at));
            start = at + separator.length();
            at = text.indexOf(separator, start);
        }
        pieces.add(text.substring(start));
        return pieces;
    }
}
