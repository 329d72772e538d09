package io.techdir.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates {@link PostingNormalizer#isoDate} reads besides ISO 8601 ({@code 2026-01-08}, with or
 * without a time and a zone), as boards publish them:
 * <ul>
 *   <li>ISO 8601 basic: {@code 20260108}, {@code 20260108T100000Z};
 *   <li>year first with slashes or dots: {@code 2026/01/08}, {@code 2026.1.8};
 *   <li>day and month in figures, the year in four: {@code 08/01/2026}, {@code 8-1-2026},
 *       {@code 08.01.2026} (a time may follow). Which number is the day: the one above 12 when
 *       one is ({@code 13/01/2026} and {@code 01/13/2026} are both 13 January); when both are 12
 *       or less, the first, as French boards write ({@code 08/01/2026} is 8 January, never
 *       August 1st);
 *   <li>month names, French or English, whole or cut short, in any case, with or without
 *       accents and the abbreviation's dot, after an optional weekday: {@code 8 janvier 2026},
 *       {@code 8 janv. 2026}, {@code 1er février 2026}, {@code lundi 8 juin 2026}, {@code Jan 8,
 *       2026}, {@code January 8th, 2026}, {@code Thursday, 8 January 2026}.
 * </ul>
 * A two-digit year, a date that does not exist (31/02/2026) and any other text (relative dates
 * such as "il y a 3 jours") are not read. Pure.
 */
final class PublishedDate {

    private static final String WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven"
            + "|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri"
            + "|sat|sun)\\.?,?\\s+";
    // the text is folded to lower case first: ISO's T is a t here
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:t.*)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?:[\\st].*)?");
    private static final Pattern FIGURES = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?:[\\st,].*)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?:" + WEEKDAY + ")?(?:le\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?"
            + "\\s+([a-z]+)\\.?,?\\s+(\\d{4})(?:[\\s,].*)?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:" + WEEKDAY + ")?([a-z]+)\\.?\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:[\\s,].*)?");

    /** Month names and their short forms, French and English, folded (lower case, no accents). */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("february", 2),
            Map.entry("feb", 2), Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juin", 6), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("september", 9),
            Map.entry("octobre", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("decembre", 12), Map.entry("dec", 12), Map.entry("december", 12));

    private PublishedDate() {
    }

    /** The ISO date ({@code yyyy-MM-dd}) of a date in one of the forms above, or null. */
    static String read(String text) {
        String t = TextHygiene.fold(text.strip()); // lower case, no accents: "Février" is "fevrier"
        Matcher m = BASIC.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = FIGURES.matcher(t);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            // the day is the number above 12 when one is; else the first, as French boards write
            boolean monthFirst = first <= 12 && second > 12;
            return date(m.group(4), monthFirst ? m.group(1) : m.group(3), monthFirst ? m.group(3) : m.group(1));
        }
        m = DAY_MONTH.matcher(t);
        if (m.matches() && MONTHS.containsKey(m.group(2))) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(2))), m.group(1));
        }
        m = MONTH_DAY.matcher(t);
        if (m.matches() && MONTHS.containsKey(m.group(1))) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(1))), m.group(2));
        }
        return null;
    }

    private static String date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
