package io.techdir.generate;

/**
 * Amounts written the ways real postings write them, without any locale: "45000",
 * "45 000" (any separator), "45000,00", "45000.0", "11,88", "11.88", "45" (k).
 */
final class Amounts {

    /** Narrow no-break space, HelloWork's thousands separator. */
    static final String NNBSP = "\u202F";
    /** No-break space. */
    static final String NBSP = "\u00A0";

    private Amounts() {
    }

    /** Whole units, no grouping: "45000". */
    static String plain(double amount) {
        return Long.toString(Math.round(amount));
    }

    /** Whole units grouped by three with {@code separator}: "45 000". */
    static String grouped(double amount, String separator) {
        String digits = Long.toString(Math.round(amount));
        int head = digits.length() % 3;
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        sb.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(digits, i, i + 3);
        }
        return sb.toString();
    }

    /** Cents with a given decimal separator: "11,88", "1801,80". */
    static String cents(double amount, char decimal) {
        long c = Math.round(amount * 100);
        long units = c / 100;
        long rest = c % 100;
        return units + String.valueOf(decimal) + (rest < 10 ? "0" : "") + rest;
    }

    /** Cents grouped by three: "1 801,80" (grouping with {@code separator}). */
    static String groupedCents(double amount, String separator, char decimal) {
        long c = Math.round(amount * 100);
        long rest = c % 100;
        return grouped(c / 100, separator) + decimal + (rest < 10 ? "0" : "") + rest;
    }

    /** France Travail's decimal form: "45000.0", "1801.8", "11.88". */
    static String java(double amount) {
        return Double.toString(Math.round(amount * 100) / 100.0);
    }

    /** Thousands: "45" for 45 000 (amounts that are whole thousands). */
    static String kilo(double amount) {
        return Long.toString(Math.round(amount / 1000.0));
    }

    /** Rounds to a multiple of {@code step} (at least one step). */
    static double round(double amount, double step) {
        return Math.max(step, Math.round(amount / step) * step);
    }
}
