package io.techdir.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The short columns of a synthetic row, written as each imitated source writes them: title
 * with its gender marker ("(H/F)", "F/H"), invented employer name, location ("78 - LIMAY",
 * "Lyon 3e - 69", "Paris (75)", "New York, NY") and country.
 */
final class Labels {

    private static final String[] FT_MARKERS = {" (H/F)", " (H/F)", " (H/F)", " (H/F)", " (H/F)", " (H/F)",
        " (H/F)", " H/F", " H/F", " (F/H)", ""};
    private static final String[] HW_MARKERS = {" H/F", " H/F", " H/F", " H/F", " H/F", " H/F", " H/F",
        " H/F", " H/F", " F/H"};
    private static final String[] BOARD_MARKERS = {" (H/F)", " (H/F)", " H/F", " H/F", " F/H", " - H/F",
        "", "", "", ""};
    /** Spreadsheet-injection samples (a report writer must neutralise them). */
    private static final String[] INJECTED_COMPANIES = {
        "=HYPERLINK(\"https://synthetic.invalid\",\"Postuler\")", "+Simple Conseil", "@Home Services",
        "=1+1 Intérim", "-Minus Logistique"};
    private static final String[] INJECTION_PREFIXES = {"=", "+", "@"};
    private static final int[] ARRONDISSEMENTS_PARIS_LYON_MARSEILLE = {20, 9, 16};

    private Labels() {
    }

    /** The title with a gender marker as the style writes it; upper case now and then (FT). */
    static String title(SplittableRandom rng, RowStyle style, TitleEntry t) {
        String title = t.title();
        boolean hasMarker = title.contains("H/F") || title.contains("F/H");
        String marker = switch (style) {
            case FRANCE_TRAVAIL -> Draw.pick(rng, FT_MARKERS);
            case HELLOWORK -> Draw.pick(rng, HW_MARKERS);
            case BOARD -> Draw.pick(rng, BOARD_MARKERS);
            case US_BOARD -> "";
        };
        String out = hasMarker ? title : title + marker;
        if (style == RowStyle.FRANCE_TRAVAIL && Draw.chance(rng, 0.03)) {
            out = out.toUpperCase(Locale.ROOT);
        }
        return out;
    }

    /** A title with a leading "=", "+" or "@" (injection test row). */
    static String injectedTitle(SplittableRandom rng, String title) {
        return Draw.pick(rng, INJECTION_PREFIXES) + title;
    }

    /** A company name starting with "=", "+", "@" or "-" (injection test row). */
    static String injectedCompany(SplittableRandom rng) {
        return Draw.pick(rng, INJECTED_COMPANIES);
    }

    /** An invented employer name for the sector, or an agency name. */
    static String company(SplittableRandom rng, Vocabulary v, String sector, boolean agency) {
        String stem = Draw.pick(rng, v.prefixes()) + Draw.pick(rng, v.suffixes());
        String[] slots = Template.slots();
        slots[Template.Slot.STEM.ordinal()] = stem;
        Template form = Draw.pick(rng, v.companyForms(agency ? "agency" : "form." + sector));
        return form.render(slots);
    }

    /** The company as the style writes it: France Travail often omits or upper-cases it. */
    static String companyAsPublished(SplittableRandom rng, RowStyle style, String company) {
        switch (style) {
            case FRANCE_TRAVAIL:
                if (Draw.chance(rng, 0.35)) {
                    return ""; // France Travail hides many employers
                }
                String c = company.contains("&") && Draw.chance(rng, 0.5) ? company.replace("&", "&amp;") : company;
                return Draw.chance(rng, 0.2) ? c.toUpperCase(Locale.ROOT) : c;
            case US_BOARD: // Glassdoor appends the rating on a second line
                int rating = Draw.between(rng, 25, 49);
                return Draw.chance(rng, 0.5) ? company + "\n" + rating / 10 + "." + rating % 10 : company;
            default:
                return company;
        }
    }

    /** The location as the style writes it. */
    static String location(SplittableRandom rng, RowStyle style, Place p) {
        int arr = arrondissements(p);
        int f = rng.nextInt(100);
        switch (style) {
            case FRANCE_TRAVAIL:
                if (f < 8) {
                    return "France";
                }
                if (f < 11) {
                    return p.region();
                }
                if (f < 12) {
                    return p.department();
                }
                if (arr > 0 && f < 60) {
                    int a = Draw.between(rng, 1, arr);
                    return p.department() + " - " + p.franceTravail() + " " + (a < 10 ? "0" : "") + a;
                }
                if (f < 20 && p.department().equals("75")) {
                    return "75 - Paris (Dept.)";
                }
                return p.department() + " - " + p.franceTravail();
            case HELLOWORK:
                if (f < 1) {
                    return "France";
                }
                if (arr > 0 && f < 50) {
                    int a = Draw.between(rng, 1, arr);
                    return p.city() + " " + a + (a == 1 ? "er" : "e") + " - " + p.department();
                }
                return p.city() + " - " + p.department();
            default:
                return f < 50 ? p.city() + " (" + p.department() + ")"
                        : f < 75 ? p.city()
                        : f < 87 ? p.region()
                        : f < 97 ? p.city() + ", France"
                        : "Télétravail";
        }
    }

    private static int arrondissements(Place p) {
        return switch (p.city()) {
            case "Paris" -> ARRONDISSEMENTS_PARIS_LYON_MARSEILLE[0];
            case "Lyon" -> ARRONDISSEMENTS_PARIS_LYON_MARSEILLE[1];
            case "Marseille" -> ARRONDISSEMENTS_PARIS_LYON_MARSEILLE[2];
            default -> 0;
        };
    }

    /** The country column: mostly ISO codes, sometimes names or empty (then the source default). */
    static String country(SplittableRandom rng, RowStyle style) {
        int f = rng.nextInt(100);
        if (style == RowStyle.US_BOARD) {
            return f < 80 ? "US" : "United States";
        }
        return f < 70 ? "FR" : f < 90 ? "France" : "";
    }
}
