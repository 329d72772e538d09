package io.techdir.generate;

import java.util.SplittableRandom;

/**
 * Writes an {@link ExperiencePlan} as {@code experience_text} in the forms of the real files
 * (France Travail "Expérience exigée de 5 An(s)", "24 Mois", "Débutant accepté"; boards
 * "6 à 10 ans", "5+ years", "minimum 5 ans", "Plus de 15 ans"), and picks the description
 * sentence. Pure functions of their arguments.
 */
final class ExperienceTexts {

    private static final String[] WORDS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
        "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze"};

    private static final String[] BOARD_NO_FIGURE = {"Confirmé", "Senior", "Expérimenté", "Expérience exigée"};

    private ExperienceTexts() {
    }

    /** {@code experience_text}, or "" when the field is not filled. */
    static String field(SplittableRandom rng, RowStyle style, ExperiencePlan e) {
        if (!e.inField()) {
            return "";
        }
        return switch (style) {
            case FRANCE_TRAVAIL -> franceTravail(rng, e);
            case US_BOARD -> english(rng, e);
            default -> board(rng, e);
        };
    }

    private static String franceTravail(SplittableRandom rng, ExperiencePlan e) {
        if (!e.figure()) {
            return Draw.chance(rng, 0.6) ? "Expérience exigée" : "Expérience souhaitée";
        }
        int n = e.years();
        if (n == 0) {
            int f = rng.nextInt(100);
            return f < 92 ? "Débutant accepté" : f < 96 ? "Débutant accepté - expérience bienvenue"
                    : "Débutant accepté (Débutant)";
        }
        if (n <= 2 && Draw.chance(rng, 0.15)) {
            return (12 * n) + " Mois";
        }
        int f = rng.nextInt(100);
        return f < 45 ? "Expérience exigée de " + n + " An(s)"
                : f < 75 ? n + " An(s)"
                : f < 87 ? "Expérience souhaitée de " + n + " An(s)"
                : f < 95 ? n + " An(s) - sur un poste similaire"
                : n + " An(s) - poste similaire";
    }

    private static String board(SplittableRandom rng, ExperiencePlan e) {
        if (!e.figure()) {
            return Draw.pick(rng, BOARD_NO_FIGURE);
        }
        int n = e.years();
        if (n == 0) {
            return Draw.chance(rng, 0.8) ? "Débutant accepté" : "Débutant(e) accepté(e)";
        }
        if (e.maxYears() > 0) {
            int b = e.maxYears();
            return switch (rng.nextInt(5)) {
                case 0 -> n + " à " + b + " ans";
                case 1 -> "de " + n + " à " + b + " ans";
                case 2 -> n + "-" + b + " ans";
                case 3 -> n + "-" + b + " years";
                default -> n + " - " + b + " ans";
            };
        }
        return switch (rng.nextInt(7)) {
            case 0 -> "minimum " + n + " ans";
            case 1 -> n + " ans minimum";
            case 2 -> "au moins " + n + " années";
            case 3 -> "Plus de " + n + " ans";
            case 4 -> n + "+ years";
            case 5 -> n + " ans et plus";
            default -> "> " + n + " ans";
        };
    }

    private static String english(SplittableRandom rng, ExperiencePlan e) {
        if (!e.figure()) {
            return "Mid-Senior level";
        }
        if (e.years() == 0) {
            return "Entry level";
        }
        return e.maxYears() > 0 ? e.years() + "-" + e.maxYears() + " years" : e.years() + "+ years";
    }

    /**
     * The description sentence, or {@code null} when the description says nothing. Fills the
     * N, A, B and WORD slots of {@code slots}.
     */
    static Template sentence(SplittableRandom rng, Vocabulary v, boolean english, ExperiencePlan e, String[] slots) {
        if (!e.inDescription()) {
            return null;
        }
        int shift = e.conflict() ? Draw.between(rng, 1, 3) : 0;
        int n = e.years() + shift;
        int b = e.maxYears() > 0 ? e.maxYears() + shift : -1;
        slots[Template.Slot.N.ordinal()] = Integer.toString(n);
        slots[Template.Slot.A.ordinal()] = Integer.toString(n);
        slots[Template.Slot.B.ordinal()] = Integer.toString(b > 0 ? b : n + 2);
        slots[Template.Slot.WORD.ordinal()] = n < WORDS.length ? WORDS[n] : Integer.toString(n);
        if (english) {
            if (!e.figure() || e.years() == 0) {
                return null;
            }
            Template[] t = v.sentences("en.exp");
            Template pick = Draw.pick(rng, t);
            return b > 0 || !pick.uses(Template.Slot.B) ? pick : t[0];
        }
        if (!e.figure()) {
            return Draw.pick(rng, v.sentences("exp.nofigure"));
        }
        if (e.years() == 0) {
            return Draw.pick(rng, v.sentences("exp.beginner"));
        }
        if (b > 0) {
            return Draw.pick(rng, v.sentences("exp.range"));
        }
        if (n < WORDS.length && Draw.chance(rng, 0.25)) {
            return Draw.pick(rng, v.sentences("exp.word"));
        }
        return Draw.pick(rng, v.sentences("exp.years"));
    }
}
