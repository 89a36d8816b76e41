package io.litmine.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an abstract into sentences for the sentence-level HoC model. HoC's own sentences came from
 * an unpublished splitter, so this is a stated rule rather than a reproduction:
 *
 * <p>A sentence ends at {@code .}, {@code ?} or {@code !} (plus any closing quotes or brackets
 * right after it) when whitespace follows and the next character is an upper-case letter, a digit
 * or an opening bracket or quote, unless the period ends an abbreviation: a single letter
 * (initials), letters with inner periods ({@code e.g.}, {@code U.S.}), or one of {@link
 * #ABBREVIATIONS} ({@code et al.}, {@code Fig.}, {@code vs.}, ...). Structured-abstract labels
 * ({@code BACKGROUND:}) stay at the start of their sentence, as they do in the HoC data.
 */
final class SentenceSplitter {

    /** Words that end in a period without ending a sentence in biomedical abstracts. */
    static final Set<String> ABBREVIATIONS =
            Set.of(
                    "al", "Fig", "Figs", "fig", "figs", "vs", "approx", "ca", "cf", "Dr", "Drs",
                    "Prof", "Mr", "Mrs", "Ms", "No", "Nos", "no", "Ref", "Refs", "Eq", "Eqs", "Vol",
                    "St", "sp", "spp", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Dept", "Univ",
                    "Suppl", "resp");

    private static final Pattern END =
            Pattern.compile(
                    "[.?!][\"')\\]\u201d\u2019]*(?=\\s+[\\p{Lu}\\p{Nd}(\\[\"'\u201c\u2018])");
    private static final Pattern DOTTED_LETTERS = Pattern.compile("(\\p{L}\\.)+\\p{L}");
    private static final String OPENERS = "([{\"'\u201c\u2018";

    private SentenceSplitter() {}

    /** The sentences of {@code text}, stripped, none empty. */
    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (text.charAt(m.start()) == '.' && isAbbreviation(wordBefore(text, m.start()))) {
                continue;
            }
            addIfNotBlank(sentences, text.substring(start, m.end()));
            start = m.end();
        }
        addIfNotBlank(sentences, text.substring(start));
        return sentences;
    }

    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (start < end && OPENERS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start, end);
    }

    private static boolean isAbbreviation(String word) {
        return word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))
                || DOTTED_LETTERS.matcher(word).matches()
                || ABBREVIATIONS.contains(word);
    }

    private static void addIfNotBlank(List<String> sentences, String sentence) {
        String stripped = PythonText.strip(sentence);
        if (!stripped.isEmpty()) {
            sentences.add(stripped);
        }
    }
}
