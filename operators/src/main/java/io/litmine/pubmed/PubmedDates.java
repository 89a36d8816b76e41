package io.litmine.pubmed;

import static io.litmine.pubmed.XmlElements.child;
import static io.litmine.pubmed.XmlElements.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * PubMed dates as ISO strings, exactly as precise as the XML: {@code PubDate} may carry only a
 * year, a year and a season, a {@code MedlineDate} range ("2015 Nov-Dec"), or a full date. We never
 * invent a month or a day: a season or a range gives the year alone.
 */
final class PubmedDates {
    private static final Map<String, Integer> MONTHS =
            Map.ofEntries(
                    Map.entry("jan", 1),
                    Map.entry("feb", 2),
                    Map.entry("mar", 3),
                    Map.entry("apr", 4),
                    Map.entry("may", 5),
                    Map.entry("jun", 6),
                    Map.entry("jul", 7),
                    Map.entry("aug", 8),
                    Map.entry("sep", 9),
                    Map.entry("oct", 10),
                    Map.entry("nov", 11),
                    Map.entry("dec", 12));
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])([12][0-9]{3})(?![0-9])");

    private PubmedDates() {}

    /**
     * A {@code PubDate}-like element ({@code Year}, {@code Month}, {@code Day} or {@code
     * MedlineDate}) as "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when no year can be read.
     */
    static String partial(Element date) {
        if (date == null) {
            return null;
        }
        String yearText = text(child(date, "Year"));
        if (yearText == null) {
            return medlineYear(text(child(date, "MedlineDate")));
        }
        Matcher year = YEAR.matcher(yearText);
        if (!year.matches()) {
            return null;
        }
        Integer month = month(text(child(date, "Month")));
        if (month == null) {
            return year.group(1);
        }
        Integer day = day(text(child(date, "Day")));
        String yearMonth = String.format(Locale.ROOT, "%s-%02d", year.group(1), month);
        return day == null ? yearMonth : String.format(Locale.ROOT, "%s-%02d", yearMonth, day);
    }

    /** A full date element ({@code DateRevised}) as "YYYY-MM-DD", or null when incomplete. */
    static String full(Element date) {
        String iso = partial(date);
        return iso != null && iso.length() == 10 ? iso : null;
    }

    private static String medlineYear(String medlineDate) {
        if (medlineDate == null) {
            return null;
        }
        Matcher year = YEAR.matcher(medlineDate);
        return year.find() ? year.group(1) : null;
    }

    private static Integer month(String month) {
        if (month == null || month.isEmpty()) {
            return null;
        }
        if (month.chars().allMatch(Character::isDigit)) {
            int value = Integer.parseInt(month);
            return value >= 1 && value <= 12 ? value : null;
        }
        String key = month.length() >= 3 ? month.substring(0, 3).toLowerCase(Locale.ROOT) : month;
        return MONTHS.get(key);
    }

    private static Integer day(String day) {
        if (day == null
                || day.isEmpty()
                || day.length() > 2
                || !day.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int value = Integer.parseInt(day);
        return value >= 1 && value <= 31 ? value : null;
    }
}
