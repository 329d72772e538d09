package io.techdir.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a {@link DegreeAsk} as {@code education_text} in the forms of the real files and of
 * NORMALIZATION.md ("Bac+5 et plus ou équivalents", "diplôme d'ingénieur", "Master", "MBA",
 * "Bac+3/5", "RNCP niveau 7", "Bachelor's"), and picks the description sentence.
 */
final class DegreeTexts {

    /** Free-text forms of other boards, by degree asked. */
    private static final Map<DegreeAsk, String[]> BOARD_FORMS = new EnumMap<>(Map.ofEntries(
            Map.entry(DegreeAsk.NONE, new String[] {""}),
            Map.entry(DegreeAsk.NO_DEGREE, new String[] {"Aucun diplôme requis", "Sans diplôme"}),
            Map.entry(DegreeAsk.CAP, new String[] {"CAP / BEP", "CAP"}),
            Map.entry(DegreeAsk.BAC, new String[] {"Bac", "Niveau Bac", "Bac pro"}),
            Map.entry(DegreeAsk.BAC_2, new String[] {"Bac+2", "BTS / DUT", "Bac +2 à 5", "RNCP niveau 5"}),
            Map.entry(DegreeAsk.BAC_3, new String[] {"Bac+3", "Licence professionnelle", "Bac+3/5", "Bachelor",
                "RNCP niveau 6", "Bac+3, Bac+4 ou équivalents"}),
            Map.entry(DegreeAsk.BAC_5, new String[] {"Bac+5", "Bac +5 / Master", "RNCP niveau 7",
                "Bac+5 et plus ou équivalents"}),
            Map.entry(DegreeAsk.ENGINEER, new String[] {"diplôme d'ingénieur", "école d'ingénieurs",
                "Ingénieur diplômé", "Bac+5 école d'ingénieur"}),
            Map.entry(DegreeAsk.MASTER, new String[] {"Master", "Master 2", "Master ou Doctorat", "Bac+5 (Master)"}),
            Map.entry(DegreeAsk.MBA, new String[] {"MBA", "Bac+5 école de commerce ou MBA"}),
            Map.entry(DegreeAsk.DOCTORATE, new String[] {"Doctorat", "PhD"})));

    private DegreeTexts() {
    }

    /** {@code education_text}; "" for {@link DegreeAsk#NONE}. */
    static String field(SplittableRandom rng, RowStyle style, DegreeAsk d) {
        if (d == DegreeAsk.NONE) {
            return "";
        }
        return switch (style) {
            case FRANCE_TRAVAIL -> franceTravail(rng, d);
            case US_BOARD -> english(rng, d);
            default -> board(rng, d);
        };
    }

    private static String franceTravail(SplittableRandom rng, DegreeAsk d) {
        String level = franceTravailLevel(d);
        if (Draw.chance(rng, 0.05) && d.compareTo(DegreeAsk.BAC_5) < 0 && d != DegreeAsk.NO_DEGREE) {
            return level + " ; Bac+5 et plus ou équivalents"; // two formations: the lowest applies
        }
        return level;
    }

    private static String franceTravailLevel(DegreeAsk d) {
        return switch (d) {
            case NO_DEGREE -> "Aucune formation scolaire";
            case CAP -> "CAP, BEP et équivalents";
            case BAC -> "Bac ou équivalent";
            case BAC_2 -> "Bac+2 ou équivalents";
            case BAC_3 -> "Bac+3, Bac+4 ou équivalents";
            default -> "Bac+5 et plus ou équivalents";
        };
    }

    private static String board(SplittableRandom rng, DegreeAsk d) {
        return Draw.pick(rng, BOARD_FORMS.get(d));
    }

    private static String english(SplittableRandom rng, DegreeAsk d) {
        return switch (d) {
            case NO_DEGREE, CAP, BAC -> "High school diploma";
            case BAC_2 -> "Associate degree";
            case BAC_3 -> Draw.chance(rng, 0.5) ? "Bachelor's" : "Bachelor's degree";
            case DOCTORATE -> "PhD";
            case MBA -> "MBA";
            default -> "Master's degree";
        };
    }

    /** The description sentence, or {@code null} for {@link DegreeAsk#NONE}. */
    static Template sentence(SplittableRandom rng, Vocabulary v, boolean english, DegreeAsk d) {
        if (d == DegreeAsk.NONE) {
            return null;
        }
        if (english) {
            String key = switch (d) {
                case NO_DEGREE, CAP, BAC, BAC_2 -> "BAC";
                case BAC_3 -> "BAC_3";
                case DOCTORATE -> "DOCTORATE";
                case MBA -> "MBA";
                default -> "MASTER";
            };
            return Draw.pick(rng, v.sentences("en.degree." + key));
        }
        return Draw.pick(rng, v.sentences("degree." + d.name()));
    }
}
