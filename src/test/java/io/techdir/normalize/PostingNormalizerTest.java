package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.posting.Posting;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Salary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PostingNormalizer}: its steps, and {@link PostingNormalizer#isoDate}: the date a posting was published, from an ISO date or
 * date-time, or a date as boards write it ({@link PublishedDate}). Each row is what the parse-based version gave before the fast path for
 * {@code yyyy-MM-dd...} texts (generated postings carry "2024-04-26T15:00:06.733Z"), and of the
 * one for days 01-28 that skips the memo (days 29-31 and invalid ones go the parse's way).
 */
class PostingNormalizerTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            # published                      | date
            2024-04-26T15:00:06.733Z          | 2024-04-26
            2024-04-26                        | 2024-04-26
            "  2024-04-26T15:00:06+02:00 "    | 2024-04-26
            2024-04-26 15:00                  | 2024-04-26
            2024-04-26T25:00Z                 | 2024-04-26
            2024-02-29T10:00Z                 | 2024-02-29
            2024-02-30T10:00Z                 | null
            2023-02-29                        | null
            2024-13-01                        | null
            0000-01-01T00:00Z                 | 0000-01-01
            +10000-01-01T00:00Z               | +10000-01-01
            26/04/2024                        | 2024-04-26
            2024-4-26                         | null
            2024-04-00                        | null
            2024-00-10                        | null
            2024-12-31                        | 2024-12-31
            2024-12-28x                       | 2024-12-28
            2024-12-2                         | null
            "2024-12-2 "                      | null
            # gather audit: JSON-LD datePosted as boards write it, which gave no date and no trace
            08/01/2026                        | 2026-01-08
            8/1/2026                          | 2026-01-08
            08.01.2026                        | 2026-01-08
            08-01-2026                        | 2026-01-08
            08/01/2026 10:00                  | 2026-01-08
            13/01/2026                        | 2026-01-13
            01/13/2026                        | 2026-01-13
            31/02/2026                        | null
            08/01/26                          | null
            8 janv. 2026                      | 2026-01-08
            8 janvier 2026                    | 2026-01-08
            1er février 2026                  | 2026-02-01
            8 FEVRIER 2026                    | 2026-02-08
            lundi 8 juin 2026                 | 2026-06-08
            8 août 2026                       | 2026-08-08
            Jan 8, 2026                       | 2026-01-08
            January 8, 2026                   | 2026-01-08
            Thursday, January 8th, 2026       | 2026-01-08
            8 January 2026                    | 2026-01-08
            Mar 8, 2026                       | 2026-03-08
            Sept. 8 2026                      | 2026-09-08
            2026-01-08T10:00:00+01:00         | 2026-01-08
            2026-01-08T00:30:00+01:00         | 2026-01-08
            20260108                          | 2026-01-08
            20260108T100000Z                  | 2026-01-08
            20261308                          | null
            2026/01/08                        | 2026-01-08
            il y a 3 jours                    | null
            8 foo 2026                        | null
            """)
    void isoDate(String published, String date) {
        assertEquals(date, PostingNormalizer.isoDate(published));
    }

    /**
     * A source whose export cuts hourly amounts short (the HelloWork mapping's
     * {@code salary_truncated_periods=HOUR}): "88 € / heure" (hellowork-2026-01.csv line 49, an
     * "Employé de Couvoir" whose "11,88 € / heure" lost its first digits) is kept as published
     * but flagged IMPLAUSIBLE, out of statistics; before, 160 160 EUR a year was counted. A
     * monthly amount of that source, and the same hourly text from another source, are trusted.
     */
    @Test
    void aSourceThatCutsHourlyAmountsShortHasThemFlagged() {
        PostingNormalizer normalizer = PostingNormalizer.standard();
        Map<String, String> cuts = Map.of(PostingNormalizer.TRUNCATED_PERIODS_ATTRIBUTE, "HOUR");
        RawPosting hourly = RawPosting.builder("hellowork", "hellowork-2026-01.csv:49").title("Employé de Couvoir H/F")
                .location("Meslay-du-Maine - 53").contract("CDI").salaryText("88 € / heure").attributes(cuts).build();
        Salary flagged = normalizer.normalize(hourly).salary();
        assertEquals(88.0, flagged.min());
        assertEquals(160160.0, flagged.annualMinEur());
        assertEquals(List.of("IMPLAUSIBLE"), flagged.flags());
        RawPosting monthly = RawPosting.builder("hellowork", "hellowork-2026-01.csv:462").title("Monteur de Grues H/F")
                .location("Rouen - 76").contract("CDI").salaryText("3 000 € / mois").attributes(cuts).build();
        assertEquals(List.of(), normalizer.normalize(monthly).salary().flags());
        RawPosting elsewhere = RawPosting.builder("csv", "x.csv:2").title("Employé de Couvoir H/F")
                .salaryText("88 € / heure").build();
        assertEquals(List.of(), normalizer.normalize(elsewhere).salary().flags());
    }

    /**
     * A bare "$" is the dollar of the posting's country: France Travail offer 180YJJH
     * (ft-2024-11-it-1049.json), placed "Québec Canada", pays "Entre 27,46 $ et 50,39 $ de
     * l'heure", Canadian dollars (it was read as USD: 44 803 to 82 214 EUR a year instead of
     * 33 263 to 61 038). "US$" stays USD wherever it is written.
     */
    @Test
    void aBareDollarIsTheDollarOfThePostingsCountry() {
        PostingNormalizer normalizer = PostingNormalizer.standard();
        RawPosting quebec = RawPosting.builder("francetravail", "ft-2024-11-it-1049.json:17376")
                .title("Administrateur systèmes (H/F)").location("Québec Canada")
                .salaryText("Entre 27,46 $ et 50,39 $ de l'heure").build();
        Salary s = normalizer.normalize(quebec).salary();
        assertEquals("CAD", s.currency());
        assertEquals(33262.7, s.annualMinEur());
        assertEquals(61038.14, s.annualMaxEur());
        RawPosting named = RawPosting.builder("csv", "x.csv:2").title("Data engineer").location("Montréal, Canada")
                .country("CA").salaryText("US$ 100K").build();
        assertEquals("USD", normalizer.normalize(named).salary().currency());
        RawPosting france = RawPosting.builder("csv", "x.csv:3").title("Data engineer").location("Lyon (69)")
                .salaryText("Entre 27,46 $ et 50,39 $ de l'heure").build();
        assertEquals("USD", normalizer.normalize(france).salary().currency());
    }

    /**
     * The steps the benchmark times ({@code bench-parsers --steps}) are the steps of
     * {@code normalize()} itself: each is told once, in order, and the posting is the one
     * {@code normalize(raw)} gives.
     */
    @Test
    void eachStepIsToldOnceInOrderAndThePostingIsTheSame() {
        PostingNormalizer normalizer = PostingNormalizer.standard();
        RawPosting raw = RawPosting.builder("csv", "x.csv:2").title("Directeur technique (H/F)").company("Acme")
                .location("Paris (75)").contract("CDI").salaryText("70 k€ - 90 k€ brut annuel")
                .description("Vous avez 10 ans d'expérience, un diplôme d'ingénieur (Bac+5) et le sens de la R&D."
                        + " Télétravail deux jours par semaine.")
                .build();
        List<Integer> told = new ArrayList<>();
        Posting stepped = normalizer.normalize(raw, told::add);
        assertEquals(normalizer.normalize(raw), stepped);
        List<Integer> expected = new ArrayList<>();
        for (int k = 0; k < PostingNormalizer.STEPS.size(); k++) {
            expected.add(k);
        }
        assertEquals(expected, told);
    }
}
