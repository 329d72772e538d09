package io.techdir.normalize;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Small numbers written as words, French and English, as postings write experience ("au moins
 * cinq ans", "une expérience de deux ans", "three years"). Words are matched folded (lower case,
 * no accents). Also reads digits with a decimal comma or point ("1,5 an").
 */
final class FrenchNumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
            Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
            Map.entry("vingt", 20), Map.entry("trente", 30),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));

    /**
     * Regular-expression alternative matching one number: 1-2 digits with an optional decimal
     * part, or one of the words (longest first, so "quinze" is not read as "un").
     */
    static final String NUMBER = "(?:\\d{1,2}(?:[.,]\\d)?|"
            + "quatorze|quatre|quinze|treize|trente|douze|seize|vingt|trois|deux|cinq|sept|huit|neuf|"
            + "onze|zero|dix|une|un|six|"
            + "fifteen|eleven|twelve|twenty|thirty|three|seven|eight|four|five|nine|one|two|ten)";

    private FrenchNumberWords() {
    }

    /** The value of a folded number token (digits or word), or empty when it is neither. */
    static OptionalDouble value(String token) {
        if (token == null || token.isEmpty()) {
            return OptionalDouble.empty();
        }
        double digits = digits(token);
        if (digits >= 0) {
            return OptionalDouble.of(digits);
        }
        String t = token.strip();
        if (Character.isDigit(t.charAt(0))) {
            try {
                return OptionalDouble.of(Double.parseDouble(t.replace(',', '.')));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        Integer v = WORDS.get(t);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The value of a token of {@link #NUMBER}'s digit form ("5", "12", "1,5", "2.5"), or -1 for
     * any other token. Exactly {@link Double#parseDouble} of it with a decimal point (both round
     * correctly: tenths are divided, not added), without its cost.
     */
    private static double digits(String t) {
        int n = t.length();
        int whole = 0;
        int i = 0;
        for (; i < n && i < 2 && isAsciiDigit(t.charAt(i)); i++) {
            whole = whole * 10 + t.charAt(i) - '0';
        }
        if (i == 0) {
            return -1;
        }
        if (i == n) {
            return whole;
        }
        char point = t.charAt(i);
        if (i + 2 == n && (point == '.' || point == ',') && isAsciiDigit(t.charAt(i + 1))) {
            return (whole * 10 + t.charAt(i + 1) - '0') / 10.0;
        }
        return -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
