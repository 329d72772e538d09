package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.TurkishLocale;
import io.techdir.posting.Experience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RequirementHeading}: the heading an experience figure stands under. The English texts
 * are excerpts of the Glassdoor export (../shared/data/real/glassdoor/glassdoor-2020.csv, records
 * of src/test/resources/evaluation/glassdoor-eval.csv, numbered as there), shortened; the French
 * ones follow the France Travail and HelloWork headings ("Compétences requises", "Atouts").
 * {@code |} stands for a line break, {@code @} marks the figure.
 */
@ExtendWith(TurkishLocale.class)
class RequirementHeadingTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', nullValues = "null", textBlock = """
            glassdoor n=4 (a heading line);          Basic Qualifications|Bachelors Degree and @3+ years of work experience;                          true
            glassdoor n=15 (heading with a colon);   Providing support to end-users.|Job Requirements:|@7 years software industry experience;      true
            glassdoor n=58 (markdown emphasis);      *Minimum Qualifications**|+ Bachelors degree with @7 years of experience;                       true
            glassdoor n=13 (capitals, term last);    Other duties as assigned|EDUCATION, KNOWLEDGE, AND EXPERIENCE REQUIREMENTS|PhD or master with @3+ years; true
            glassdoor n=79 (title case, term last);  Technical Skills/Requirements|@3+ years real world experience in a data science role;  true
            glassdoor n=5 (sentence case, term first); What you need|BS with @2+ years, or MS with 0-3 years;                                 true
            glassdoor n=51 (a preference);           Ability to work in a team environment|Preferred:|@1-3 years of experience;              false
            glassdoor n=67 (inline heading);         Great opportunities. Requirements: Bachelor's degree in Computer Science and @5 years;   true
            glassdoor n=21 (list items passed over); Requirements:|Active Secret Clearance|Minimum background check (NACI)|A Bachelor's Degree and @3+ years; true
            glassdoor n=22 (a list item is no heading); Proficiency with containerization - Docker preferred|Experience with Hadoop, Spark, etc.|@3-15 years' experience; null
            glassdoor n=49 (the bulleted list's own heading); Requirements:|• Ridiculous Excel skills||Work Environment/Other Info|• Bachelor's or Master's degree|• @4 years of experience; null
            the figure's own bullet;                 Requirements:|Strong skills||Other Info|• @4 years of experience;                      null
            a common heading stating neither;        Requirements:|Strong communication skills|Qualifications|@5 years of experience;  null
            a heading naming both;                   Required and preferred qualifications:|@5 years of experience;                         null
            French, a requirement;                   Vous assurez le suivi budgétaire.||Compétences requises|Vous avez au moins @5 ans d'expérience;  true
            French, a preference;                    Profil recherché :|Bac+5 en informatique|Atouts :|@2 ans d'expérience sur SAP;           false
            no heading at all;                       Vous rejoignez une équipe de dix personnes et avez @5 ans d'expérience;                  null
            """)
    void readsTheHeadingAboveAFigure(String record, String text, Boolean expected) {
        String published = text.replace('|', '\n');
        int at = published.indexOf('@');
        FoldedText f = FoldedText.of(published.replace("@", ""));
        assertEquals(expected, RequirementHeading.of(f.folded(), f.original(), at), record);
    }

    @Test
    void aHeadingTooFarAboveSaysNothing() {
        StringBuilder b = new StringBuilder("Requirements:\n");
        for (int i = 0; i < RequirementHeading.MAX_LINES; i++) {
            b.append("A skill we value in a colleague\n");
        }
        String near = "Requirements:\n" + "A skill we value in a colleague\n".repeat(RequirementHeading.MAX_LINES - 1);
        String figure = "5 years of experience";
        FoldedText far = FoldedText.of(b + figure);
        FoldedText close = FoldedText.of(near + figure);
        assertNull(RequirementHeading.of(far.folded(), far.original(), far.folded().length() - figure.length()));
        assertEquals(Boolean.TRUE, RequirementHeading.of(close.folded(), close.original(),
                close.folded().length() - figure.length()));
        assertEquals("requirements", RequirementHeading.find(close.folded(), close.original(),
                close.folded().length() - figure.length()));
    }

    /** In the parser: the heading decides when the figure's clause says nothing, and only then. */
    @Test
    void theClauseWinsOverTheHeading() {
        ExperienceParser parser = new ExperienceParser();
        Experience underHeading = parser.parse(null, null, "Requirements:\nBachelor's degree\n5+ years of experience in data science");
        assertEquals(5.0, underHeading.minYears());
        assertEquals(Boolean.TRUE, underHeading.required());
        Experience preferredInClause = parser.parse(null, null, "Requirements:\n3 years of experience preferred");
        assertEquals(Boolean.FALSE, preferredInClause.required());
        Experience neutral = parser.parse(null, null, "Qualifications\n5+ years of experience in data science");
        assertNull(neutral.required());
        // a France Travail code still wins over the description
        Experience coded = parser.parse(null, "S", "Requirements:\n5+ years of experience in data science");
        assertEquals(Boolean.FALSE, coded.required());
        assertTrue(ExperienceParser.requirementSource(FoldedText.of("Requirements:\n5 years of experience"),
                ExperienceScanner.first(FoldedText.of("Requirements:\n5 years of experience"), false).orElseThrow())
                .contains("'requirements'"));
    }
}
