package io.techdir.generate;

import io.techdir.posting.SalaryPeriod;
import java.util.SplittableRandom;

/**
 * Writes a {@link SalaryPlan} as text, in every form seen in the real files
 * (data/README.md, "Salary strings seen in these files"): France Travail
 * ("Annuel de 35000,00 Euros à 45000,00 Euros", "Horaire de 11.88 Euros sur 0.0 mois"),
 * HelloWork ("42 000 € / an" with U+202F, "Estimation → ...", the truncated "88 € / heure"),
 * free text ("55 - 60 k€ brut annuel", "35/38KEUR brut annuel", "Jusqu'à 75K") and Glassdoor
 * ("$53K-$91K (Glassdoor est.)", "-1"). A table of forms: long by nature.
 */
final class SalaryTexts {

    private static final String[] FT_NONE = {"", "", "", "", "", "", "", "", "Annuel de", "A négocier"};
    private static final String[] BOARD_NONE = {"", "", "", "", "", "", "", "", "", "A négocier", "A négocier",
        "selon profil/exp", "Selon expérience", "Selon expérience", "Non affiché", "Pas de salaire renseigné",
        ".", "/", "Selon convention collective"};
    private static final String[] TRAINEE_NONE = {"Gratification selon niveau", "Barème légal", ""};

    private SalaryTexts() {
    }

    /** {@code salary_text} for a row whose field states no amount. */
    static String notDisclosed(SplittableRandom rng, RowStyle style, String contract) {
        return switch (style) {
            case FRANCE_TRAVAIL -> Draw.pick(rng, FT_NONE);
            case HELLOWORK -> "Non affiché";
            case US_BOARD -> "-1";
            case BOARD -> trainee(contract) ? Draw.pick(rng, TRAINEE_NONE) : Draw.pick(rng, BOARD_NONE);
        };
    }

    static boolean trainee(String contract) {
        return "Stage".equals(contract) || "Alternance".equals(contract);
    }

    /** {@code salary_text} for a row whose field states the amount. */
    static String field(SplittableRandom rng, RowStyle style, SalaryPlan s) {
        return switch (style) {
            case FRANCE_TRAVAIL -> franceTravail(rng, s);
            case HELLOWORK -> helloWork(rng, s);
            case BOARD -> board(rng, s, true);
            case US_BOARD -> glassdoor(rng, s);
        };
    }

    /** The amount as a description states it ("50 à 55K€ brut", "$120,000 - $150,000 per year"). */
    static String inText(SplittableRandom rng, RowStyle style, SalaryPlan s) {
        if (style == RowStyle.US_BOARD) {
            String unit = s.period() == SalaryPeriod.HOUR ? " per hour" : " per year";
            String a = "$" + Amounts.grouped(s.min(), ",");
            return s.single() ? a + unit : a + " - $" + Amounts.grouped(s.max(), ",") + unit;
        }
        return board(rng, s, false);
    }

    private static String franceTravail(SplittableRandom rng, SalaryPlan s) {
        double a = s.min();
        double b = s.max();
        int f = rng.nextInt(100);
        return switch (s.period()) {
            case YEAR -> {
                if (s.single()) {
                    yield f < 50 ? "Annuel de " + Amounts.plain(a) + ",00 Euros"
                            : f < 90 ? "Annuel de " + Amounts.java(a) + " Euros sur 12.0 mois"
                            : "De " + Amounts.plain(a) + ",00 Euros à " + Amounts.plain(a) + ",00 Euros";
                }
                yield f < 45 ? "Annuel de " + Amounts.plain(a) + ",00 Euros à " + Amounts.plain(b) + ",00 Euros"
                        : f < 86 ? "Annuel de " + Amounts.java(a) + " Euros à " + Amounts.java(b) + " Euros sur 12.0 mois"
                        : f < 92 ? "Annuel de " + Amounts.java(a) + " Euros à " + Amounts.java(b) + " Euros sur 13.0 mois"
                        : f < 96 ? "De " + Amounts.plain(a) + ",00 Euros à " + Amounts.plain(b) + ",00 Euros"
                        // the real period mistake: annual amounts labelled monthly
                        : "Mensuel de " + Amounts.java(a) + " Euros à " + Amounts.java(b) + " Euros sur 12.0 mois";
            }
            case MONTH -> {
                if (s.single()) {
                    yield f < 40 ? "Mensuel de " + Amounts.cents(a, ',') + " Euros"
                            : f < 80 ? "Mensuel de " + Amounts.java(a) + " Euros sur 12.0 mois"
                            : f < 90 ? "Mensuel de " + Amounts.cents(a, '.') + " Euros sur 12 mois"
                            : "Mensuel de " + Amounts.java(a) + " Euros sur 13.0 mois";
                }
                yield f < 50 ? "Mensuel de " + Amounts.cents(a, ',') + " Euros à " + Amounts.cents(b, ',') + " Euros"
                        : f < 94 ? "Mensuel de " + Amounts.java(a) + " Euros à " + Amounts.java(b) + " Euros sur 12.0 mois"
                        : "Autre de " + Amounts.cents(a, ',') + " Euros à " + Amounts.cents(b, ',') + " Euros";
            }
            default -> { // HOUR (France Travail has no day or week form)
                String x = Amounts.java(a);
                if (s.single()) {
                    yield f < 30 ? "Horaire de " + x + " Euros"
                            : f < 65 ? "Horaire de " + x + " Euros sur 12.0 mois"
                            : f < 85 ? "Horaire de " + x + " Euros sur 0.0 mois"
                            : "Horaire de " + x + " Euros sur 12 mois";
                }
                yield f < 70 ? "Horaire de " + x + " Euros à " + Amounts.java(b) + " Euros sur 12.0 mois"
                        : "Horaire de " + x + " Euros à " + Amounts.java(b) + " Euros";
            }
        };
    }

    private static String helloWork(SplittableRandom rng, SalaryPlan s) {
        String sep = Amounts.NNBSP;
        String unit = switch (s.period()) {
            case HOUR -> " € / heure";
            case MONTH -> " € / mois";
            case DAY -> " € / jour";
            default -> " € / an";
        };
        if (s.period() == SalaryPeriod.HOUR) {
            if (Draw.chance(rng, 0.5)) { // the scraper kept only the cents of hourly rates
                String c = Amounts.cents(s.min(), ',');
                return c.substring(c.length() - 2) + unit;
            }
            String a = Amounts.cents(s.min(), ',');
            return s.single() ? a + unit : a + " - " + Amounts.cents(s.max(), ',') + unit;
        }
        long lastTwo = Math.round(s.min()) % 100;
        if (s.period() == SalaryPeriod.MONTH && lastTwo != 0 && Draw.chance(rng, 0.03)) {
            return lastTwo + unit; // truncated like the real "30 € / mois"
        }
        String a = Amounts.grouped(s.min(), sep);
        if (s.single()) {
            return a + unit;
        }
        String range = a + " - " + Amounts.grouped(s.max(), sep) + unit;
        return s.period() == SalaryPeriod.YEAR && Draw.chance(rng, 0.08) ? "Estimation → " + range : range;
    }

    private static String board(SplittableRandom rng, SalaryPlan s, boolean field) {
        return switch (s.period()) {
            case YEAR -> boardYear(rng, s, field);
            case MONTH -> boardMonth(rng, s);
            case DAY -> boardDay(rng, s);
            default -> boardHour(rng, s);
        };
    }

    private static String boardYear(SplittableRandom rng, SalaryPlan s, boolean field) {
        String sep = Draw.chance(rng, 0.2) ? Amounts.NBSP : " ";
        String var = s.variable() ? " + variable" : "";
        if (s.single()) {
            String k = Amounts.kilo(s.min());
            String g = Amounts.grouped(s.min(), sep);
            return switch (rng.nextInt(field ? 8 : 6)) {
                case 0 -> g + " € / an";
                case 1 -> g + " € brut annuel" + var;
                case 2 -> k + "K€" + var;
                case 3 -> g + " euros/an";
                case 4 -> Amounts.grouped(s.min(), ".") + ",00 €";
                case 5 -> "à partir de " + k + " k€";
                case 6 -> "minimum " + k + "k";
                default -> Draw.chance(rng, 0.2) ? k + "\u00BF000,00€" : "Jusqu'à " + k + "K";
            };
        }
        String a = Amounts.kilo(s.min());
        String b = Amounts.kilo(s.max());
        return switch (rng.nextInt(field ? 16 : 12)) {
            case 0 -> a + " - " + b + " k€ brut annuel";
            case 1 -> a + " à " + b + "K€ brut" + var;
            case 2 -> a + " - " + b + " KE/an";
            case 3 -> a + "/" + b + "KEUR brut annuel";
            case 4 -> a + "-" + b + "K€ brut annuels";
            case 5 -> a + " - " + b + " K en fixe selon profil + variable";
            case 6 -> a + "€k-" + b + "€k";
            case 7 -> "Fixe entre " + a + "K€ et " + b + "K€" + var;
            case 8 -> a + "-" + b + "k€";
            case 9 -> Amounts.grouped(s.min(), sep) + " € - " + Amounts.grouped(s.max(), sep) + " € par an";
            case 10 -> a + "k€ - " + b + "k€ brut/an" + var;
            case 11 -> "entre " + a + " et " + b + " k€ selon profil";
            case 12 -> "Salaire : " + Amounts.grouped(s.min(), sep) + " €/" + Amounts.grouped(s.max(), sep) + " €";
            case 13 -> "Jusqu'à " + b + "K";
            case 14 -> { // an employee range and a freelance day rate in one posting
                double d1 = Amounts.round(s.min() * 1.6 / 218, 10);
                double d2 = Amounts.round(s.max() * 1.6 / 218, 10);
                yield Amounts.plain(s.min()) + " € - " + Amounts.plain(s.max()) + " € par an / "
                        + Amounts.plain(d1) + " € - " + Amounts.plain(d2) + " € par jour";
            }
            default -> a + "-" + b + "k€";
        };
    }

    private static String boardMonth(SplittableRandom rng, SalaryPlan s) {
        String a = Amounts.grouped(s.min(), " ");
        if (s.single()) {
            return switch (rng.nextInt(4)) {
                case 0 -> a + " € brut/mois";
                case 1 -> Amounts.cents(s.min(), ',') + " EUR brut/mois (" + Amounts.cents(s.min() * 12 / 1820, ',')
                        + " EUR brut/heure)";
                case 2 -> Amounts.grouped(s.min() * 0.75, " ") + " € net/mois";
                default -> a + " € / mois";
            };
        }
        String b = Amounts.grouped(s.max(), " ");
        return switch (rng.nextInt(3)) {
            case 0 -> a + " - " + b + " € / mois";
            case 1 -> "Salaire brut de " + Amounts.plain(s.min()) + "€ à " + Amounts.plain(s.max()) + "€/mois";
            default -> "entre " + Amounts.plain(s.min()) + " et " + Amounts.plain(s.max()) + "€ brut/ mois";
        };
    }

    private static String boardHour(SplittableRandom rng, SalaryPlan s) {
        String a = Amounts.cents(s.min(), ',');
        if (s.single()) {
            return Draw.chance(rng, 0.5) ? a + " €/h" : a + " € brut de l'heure";
        }
        return a + " - " + Amounts.cents(s.max(), ',') + " € / heure";
    }

    private static String boardDay(SplittableRandom rng, SalaryPlan s) {
        String a = Amounts.plain(s.min());
        if (s.single()) {
            return Draw.chance(rng, 0.5) ? "TJM " + a + " €" : a + " €/jour";
        }
        return a + " € - " + Amounts.plain(s.max()) + " € par jour";
    }

    private static String glassdoor(SplittableRandom rng, SalaryPlan s) {
        if (s.period() == SalaryPeriod.HOUR) {
            String range = "$" + Amounts.plain(s.min()) + "-$" + Amounts.plain(s.max()) + " Per Hour";
            return Draw.chance(rng, 0.85) ? range + "(Glassdoor est.)" : "Employer Provided Salary:" + range;
        }
        String range = "$" + Amounts.kilo(s.min()) + "K-$" + Amounts.kilo(s.max()) + "K";
        int f = rng.nextInt(100);
        return f < 80 ? range + " (Glassdoor est.)" : f < 88 ? range + "(Employer est.)"
                : "Employer Provided Salary:" + range;
    }
}
