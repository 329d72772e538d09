package io.techdir.normalize;

import io.techdir.normalize.SalaryToken.Kind;
import io.techdir.posting.SalaryBasis;
import io.techdir.posting.SalaryPeriod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The grammar over {@link SalaryToken}s: amounts (a number with its currency sign and k), ranges
 * ("50 à 55K€", "$53K-$91K", "entre 40K€ et 45K€"), bounds ("jusqu'à 75K"), and the period, basis
 * and months that go with them, found before ("Annuel de ...") or after ("... € / an"). Amounts
 * that are something else than a salary are dropped: after a benefit word ("prime de 1000 €", "CA
 * de ...", "300 € de remboursement"), after a "+" ("45k + 5k"), years ("grille 2024"), and in a
 * salary field a negative figure ("-5", "Salaire : -45 k€": a dash right before a figure that no
 * figure precedes is a minus sign, not a range separator as in "45-55 k€"). One
 * instance per token list (it marks the period words already taken); the class is long because
 * each of these rules needs a few lines, and they share the token list.
 */
final class SalaryCandidates {

    /** Most characters between two tokens of one amount ("45 k€", "$ 110"). */
    private static final int ATTACHED = 1;
    /** Most characters between an amount and its range separator. */
    private static final int NEAR = 2;
    /** Most characters between amounts and a period word or basis said with them. */
    private static final int WINDOW = 25;
    /** Most characters between a benefit word and the amount it governs. */
    private static final int EXCLUSION_REACH = 30;
    /** Most characters between a "+" and the amount it adds. */
    private static final int PLUS_REACH = 12;
    private static final Set<Kind> STOP_AFTER = EnumSet.of(Kind.NUM, Kind.SKIP, Kind.BIG, Kind.BREAK, Kind.SEP,
            Kind.WEAK_SEP, Kind.PLUS, Kind.EXCL, Kind.EXCL_OF, Kind.ANCHOR);
    private static final Set<Kind> STOP_BEFORE = EnumSet.of(Kind.NUM, Kind.SKIP, Kind.BIG, Kind.BREAK, Kind.SEP,
            Kind.WEAK_SEP, Kind.PLUS, Kind.K);

    private final List<SalaryToken> t;
    /**
     * Whether the tokens are a salary field's: there a dash right before a figure may be a minus
     * sign; in a description it is a bullet ("\n-45k€ brut") or a separator.
     */
    private final boolean field;
    /** PERIOD and MONTHS tokens already said to go with an earlier amount. */
    private final boolean[] claimed;
    /** NUM tokens of amounts found to be something else than a salary. */
    private final boolean[] dropped;

    private SalaryCandidates(List<SalaryToken> tokens, boolean field) {
        this.t = tokens;
        this.field = field;
        this.claimed = new boolean[tokens.size()];
        this.dropped = new boolean[tokens.size()];
    }

    /**
     * The salary statements of a token list, in text order.
     *
     * @param tokens tokens from {@link SalaryLexer#tokens}
     * @param field whether the tokens are a salary field's (not a description's): a negative
     *     figure there states no salary
     * @return candidates, possibly none
     */
    static List<SalaryCandidate> find(List<SalaryToken> tokens, boolean field) {
        return new SalaryCandidates(tokens, field).find();
    }

    /**
     * A number with its attached currency and k; first/last are token indices; {@code negative}
     * when a minus sign stands before it ({@link #negative}).
     */
    private record Amount(int first, int num, int last, double value, boolean k, String currency,
            boolean negative) {
        boolean truncated(List<SalaryToken> t) {
            return SalaryLexer.TRUNCATED.equals(t.get(num).code());
        }
    }

    private List<SalaryCandidate> find() {
        List<Amount> amounts = amounts();
        List<SalaryCandidate> out = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            Amount b = i + 1 < amounts.size() && joined(a, amounts.get(i + 1)) ? amounts.get(i + 1) : null;
            if (b != null) {
                i++;
            }
            SalaryCandidate c = candidate(a, b);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private List<Amount> amounts() {
        List<Amount> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).kind() != Kind.NUM) {
                continue;
            }
            int first = i;
            String currency = null;
            boolean k = false;
            if (i > 0 && t.get(i - 1).kind() == Kind.CUR && gap(i - 1, i) <= ATTACHED) {
                first = i - 1;
                currency = t.get(i - 1).code();
            }
            int last = i;
            for (int j = i + 1; j < t.size() && j <= i + 3 && gap(j - 1, j) <= ATTACHED; j++) {
                SalaryToken s = t.get(j);
                if (s.kind() == Kind.K && !k) {
                    k = true;
                    currency = currency == null ? s.code() : currency;
                } else if (s.kind() == Kind.CUR && (currency == null || currency.equals(s.code()))) {
                    currency = s.code();
                } else {
                    break;
                }
                last = j;
            }
            out.add(new Amount(first, i, last, t.get(i).number(), k, currency, negative(first, out)));
            i = last;
        }
        return out;
    }

    /**
     * Whether the amount starting at token {@code first} is negative: in a salary field, a dash
     * right against it ("-5", "-45 k€", "-$5", "Salaire : -45 k€") that does not follow an amount
     * (where it is a range separator: "45-55 k€", "de 45k-55k", "45 k€ -55 k€") nor start a line (a
     * bullet).
     *
     * @param before the amounts before it
     */
    private boolean negative(int first, List<Amount> before) {
        int dash = first - 1;
        if (!field || dash < 0 || !SalaryLexer.DASH.equals(t.get(dash).code()) || gap(dash, first) > 0) {
            return false;
        }
        boolean afterAmount = !before.isEmpty() && before.get(before.size() - 1).last() == dash - 1;
        return !afterAmount && (dash == 0 || !SalaryLexer.LINE_BREAK.equals(t.get(dash - 1).code()));
    }

    /**
     * Whether two amounts form a range: one separator between them, close to both ("50 à 55K€",
     * "$53K-$91K"); "et"/"and" after "entre"/"between" or between two amounts in k or a currency
     * ("40 keur et 60 keur"); or "à partir de X ... jusqu'à Y". A line break may stand before
     * the separator ("entre 28 000", a line break, "et 40 000").
     */
    private boolean joined(Amount a, Amount b) {
        int s = a.last() + 1;
        if (s < t.size() && SalaryLexer.LINE_BREAK.equals(t.get(s).code()) && b.first() == a.last() + 3) {
            s++;
        }
        if (b.first() == s + 1) {
            Kind kind = t.get(s).kind();
            if (gap(s - 1, s) > NEAR || gap(s, b.first()) > NEAR) {
                return false;
            }
            if (kind == Kind.SEP) {
                return true;
            }
            boolean entre = a.first() > 0 && t.get(a.first() - 1).kind() == Kind.ENTRE
                    && gap(a.first() - 1, a.first()) <= NEAR;
            boolean bothMoney = (a.k() && b.k()) || (a.currency() != null && b.currency() != null);
            return kind == Kind.WEAK_SEP && (entre || (bothMoney && !benefitFollows(b.last())));
        }
        return fromTo(a, b);
    }

    /** "à partir de 14 € / horaire jusqu'à 16,5 €": a lower bound, then closely an upper bound. */
    private boolean fromTo(Amount a, Amount b) {
        if (a.first() == 0 || t.get(a.first() - 1).kind() != Kind.QMIN || t.get(b.first() - 1).kind() != Kind.QMAX
                || t.get(b.first()).start() - t.get(a.last()).end() > WINDOW) {
            return false;
        }
        for (int j = a.last() + 1; j < b.first() - 1; j++) {
            Kind kind = t.get(j).kind();
            if (kind != Kind.PERIOD && kind != Kind.BASIS && kind != Kind.CUR && kind != Kind.SEP) {
                return false;
            }
        }
        return true;
    }

    private SalaryCandidate candidate(Amount a, Amount b) {
        int head = a.first();
        int tail = b == null ? a.last() : b.last();
        if (a.negative() || (b != null && b.negative())) {
            return null; // a negative figure is no pay; the amounts after it are read as they stand
        }
        if (excluded(head) || benefitFollows(tail)) {
            dropped[a.num()] = true;
            if (b != null) {
                dropped[b.num()] = true;
            }
            return null;
        }
        boolean k = a.k() || (b != null && b.k());
        Double min = scaled(a, k);
        Double max = b == null ? min : scaled(b, k);
        String currency = a.currency() != null ? a.currency() : b == null ? null : b.currency();
        if (b == null) {
            Kind before = head > 0 && gap(head - 1, head) <= 3 ? t.get(head - 1).kind() : null;
            Kind after = tail + 1 < t.size() && gap(tail, tail + 1) <= NEAR ? t.get(tail + 1).kind() : null;
            if (before == Kind.QMAX || after == Kind.QMAX) {
                min = null;
            } else if (before == Kind.QMIN || after == Kind.QMIN) {
                max = null;
            }
        }
        Around around = around(head, tail);
        currency = currency != null ? currency : around.currency;
        boolean marked = currency != null || k || around.basis != null;
        if (!marked && around.period == null && isYear(a.value()) && (b == null || isYear(b.value()))) {
            return null;
        }
        boolean truncated = a.truncated(t) || (b != null && b.truncated(t));
        return new SalaryCandidate(min, max, currency, around.period, around.months, around.basis, k, marked,
                depth(head) > 0, truncated);
    }

    private static Double scaled(Amount a, boolean k) {
        return k && (a.k() || a.value() < 1000) ? a.value() * 1000 : a.value();
    }

    /** A 4-digit integer such as 2024: a year, not an amount, when nothing marks it as money. */
    private static boolean isYear(double v) {
        return v == Math.rint(v) && v >= 1900 && v <= 2100;
    }

    /** What is said around the amounts: period, basis, months, a currency word. */
    private static final class Around {
        SalaryPeriod period;
        SalaryBasis basis;
        Double months;
        String currency;
    }

    private Around around(int head, int tail) {
        Around r = new Around();
        for (int j = head + 1; j < tail; j++) {
            Kind kind = t.get(j).kind();
            if (kind == Kind.PERIOD || kind == Kind.BASIS || kind == Kind.MONTHS) {
                take(r, j);
            }
        }
        int lastEnd = t.get(tail).end();
        for (int j = tail + 1; j < t.size() && t.get(j).start() - lastEnd <= WINDOW; j++) {
            SalaryToken s = t.get(j);
            if (STOP_AFTER.contains(s.kind()) || (s.kind() == Kind.PERIOD && (claimed[j] || r.period != null))
                    || (s.kind() == Kind.BASIS && r.basis != null)) {
                break;
            }
            take(r, j);
            if (s.kind() != Kind.OPEN && s.kind() != Kind.CLOSE) {
                lastEnd = s.end();
            }
        }
        int firstStart = t.get(head).start();
        for (int j = head - 1; j >= 0 && firstStart - t.get(j).end() <= WINDOW; j--) {
            SalaryToken s = t.get(j);
            if (STOP_BEFORE.contains(s.kind()) || claimed[j]) {
                break;
            }
            if (s.kind() == Kind.PERIOD && r.period != null) {
                break;
            }
            if (s.kind() != Kind.CUR) {
                take(r, j);
            }
        }
        if (r.months == null) {
            for (int j = 0; j < t.size(); j++) {
                if (t.get(j).kind() == Kind.MONTHS && !claimed[j]) {
                    take(r, j);
                    break;
                }
            }
        }
        return r;
    }

    private void take(Around r, int j) {
        SalaryToken s = t.get(j);
        switch (s.kind()) {
            case PERIOD -> {
                r.period = SalaryPeriod.valueOf(s.code());
                claimed[j] = true;
            }
            case MONTHS -> {
                if (r.months == null) {
                    r.months = s.number() > 0 ? s.number() : null;
                    claimed[j] = true;
                }
            }
            case BASIS -> r.basis = r.basis == null ? SalaryBasis.valueOf(s.code()) : r.basis;
            case CUR -> r.currency = r.currency == null ? s.code() : r.currency;
            default -> {
                // other words around the amounts say nothing about them
            }
        }
    }

    /**
     * Whether the amount starting at token {@code head} is something else than a salary: shortly
     * after a "+", or governed by a benefit word (prime, CA, budget, ...) with no salary word or
     * other number in between. A benefit word right after a salary word ("rémunération &amp;
     * avantages :") governs nothing.
     */
    private boolean excluded(int head) {
        int start = t.get(head).start();
        for (int j = head - 1; j >= 0 && start - t.get(j).end() <= EXCLUSION_REACH; j--) {
            Kind kind = t.get(j).kind();
            if (kind == Kind.PLUS) {
                return start - t.get(j).end() <= PLUS_REACH;
            }
            if ((kind == Kind.EXCL && !afterAnchor(j)) || kind == Kind.EXCL_OF) {
                return true;
            }
            if (kind == Kind.NUM) {
                return dropped[j];
            }
            if (kind == Kind.ANCHOR || kind == Kind.SKIP || kind == Kind.BIG || kind == Kind.BREAK) {
                return false;
            }
        }
        return false;
    }

    /** Whether "de prime", "d'indemnité" follows the amounts closely ("300 € / an de remboursement"). */
    private boolean benefitFollows(int tail) {
        int lastEnd = t.get(tail).end();
        for (int j = tail + 1; j < t.size() && t.get(j).start() - lastEnd <= NEAR; j++) {
            Kind kind = t.get(j).kind();
            if (kind == Kind.EXCL_OF) {
                return true;
            }
            if (kind != Kind.CUR && kind != Kind.PERIOD && kind != Kind.BASIS && kind != Kind.K) {
                return false;
            }
            lastEnd = t.get(j).end();
        }
        return false;
    }

    /** Whether token j follows a salary word closely, with at most "et", "&amp;" or "+" between. */
    private boolean afterAnchor(int j) {
        int i = j - 1;
        while (i >= 0 && (t.get(i).kind() == Kind.WEAK_SEP || t.get(i).kind() == Kind.PLUS)) {
            i--;
        }
        return i >= 0 && t.get(i).kind() == Kind.ANCHOR && t.get(j).start() - t.get(i).end() <= 4;
    }

    /** Parenthesis depth at token {@code index}. */
    private int depth(int index) {
        int d = 0;
        for (int j = 0; j < index; j++) {
            Kind kind = t.get(j).kind();
            if (kind == Kind.OPEN) {
                d++;
            } else if (kind == Kind.CLOSE && d > 0) {
                d--;
            }
        }
        return d;
    }

    /** Characters between token i's end and token j's start. */
    private int gap(int i, int j) {
        return t.get(j).start() - t.get(i).end();
    }
}
