package io.techdir.normalize;

/**
 * One token of a folded salary text (see {@link SalaryLexer}).
 *
 * @param kind what the token is
 * @param start offset of its first character in the folded text
 * @param end offset after its last character
 * @param number the value of a {@code NUM}, the months of a {@code MONTHS}; else 0
 * @param code currency code ({@code CUR}, a {@code K} written "k€"), period name ({@code PERIOD}),
 *     basis name ({@code BASIS}), {@link SalaryLexer#DASH} ({@code SEP}), {@link SalaryLexer#LINE_BREAK}
 *     ({@code BREAK}), {@link SalaryLexer#TRUNCATED} ({@code NUM}); else null
 */
record SalaryToken(Kind kind, int start, int end, double number, String code) {

    /** Token kinds. */
    enum Kind {
        /** An amount: a number that is not a count, a duration, a percentage or an ordinal. */
        NUM,
        /** A number that is not money: "35h", "13e", "10 %", "5 ans", "groupe 6", "12 mois", "401k". */
        SKIP,
        /** Millions and billions ("5 M€", "5,8 milliards"): revenue, budgets, never a salary. */
        BIG,
        /** The thousands multiplier: "k", "K€", "KE", "KEUR", "k$". */
        K,
        /** A currency sign or code. */
        CUR,
        /** A period word ("Annuel", "/ an", "par mois", "TJM", "Per Hour"). */
        PERIOD,
        /** A number of monthly payments: "sur 13 mois". */
        MONTHS,
        /** "brut" or "net". */
        BASIS,
        /** "à partir de", "minimum", "dès": the amount is a lower bound only. */
        QMIN,
        /** "jusqu'à", "max", "up to": the amount is an upper bound only. */
        QMAX,
        /** "entre", "between": allows "et"/"and" as a range separator. */
        ENTRE,
        /** A range separator: "-", "à", "/", "to". */
        SEP,
        /** "et", "and": a range separator after "entre"/"between" only. */
        WEAK_SEP,
        /** "+": what follows is added to the salary (a bonus, a benefit). */
        PLUS,
        /** An opening parenthesis or bracket. */
        OPEN,
        /** A closing parenthesis or bracket. */
        CLOSE,
        /** A clause break: ";", "|", a line break, "ou", a full stop before a word. */
        BREAK,
        /** A word that makes the next amount something else than a salary (prime, CA, budget, ..., "pour 4h de service"). */
        EXCL,
        /** "de prime", "d'indemnité": the amount before it is that thing, not a salary ("300 € de prime"). */
        EXCL_OF,
        /** A word that announces a salary (salaire, rémunération, package, salary, ...). */
        ANCHOR
    }
}
