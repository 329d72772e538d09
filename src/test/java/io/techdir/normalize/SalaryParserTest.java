package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.TurkishLocale;
import io.techdir.posting.Salary;
import io.techdir.posting.SalaryBasis;
import io.techdir.posting.SalaryPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SalaryParser}: the salary rules of NORMALIZATION.md. The tables come from real postings
 * and name their file and record (see src/test/resources/normalize/salary-README.md). Every test
 * runs under a Turkish default locale, where a careless {@code toLowerCase()} turns "HORAIRE" into
 * "horaıre" with a dotless i.
 */
@ExtendWith(TurkishLocale.class)
class SalaryParserTest {

    private static final double CENT = 0.005;
    private static final SalaryParser PARSER = SalaryParser.standard();
    private static final List<String> FLAG_NAMES = Arrays.stream(SalaryFlag.values()).map(Enum::name).toList();

    /** The salary field alone: every form of the real files, and the spec's examples. */
    @ParameterizedTest(name = "{0} {1}: ''{2}''")
    @CsvFileSource(resources = "/normalize/salary-fields.csv", delimiter = '|', numLinesToSkip = 1)
    void readsTheField(String source, String record, String field, String context, boolean disclosed,
            boolean estimated, String currency, Double min, Double max, SalaryPeriod period, Double months,
            SalaryBasis basis, Double annualMin, Double annualMax, String flags) {
        Salary s = PARSER.parse(field, null, context(context));
        String where = source + " " + record + " '" + field + "'";
        if (!disclosed) {
            assertSame(Salary.UNDISCLOSED, s, where);
            return;
        }
        assertSalary(where, s, currency, min, max, period, months, basis, annualMin, annualMax, flags);
        assertEquals(estimated, s.estimated(), where + " estimated");
    }

    /** Salaries in descriptions, the traps that are not salaries, and field-first precedence. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/normalize/salary-descriptions.csv", delimiter = '|', numLinesToSkip = 1,
            maxCharsPerColumn = 4096)
    void readsTheDescription(String source, String record, String field, String description, String context,
            boolean disclosed, String currency, Double min, Double max, SalaryPeriod period, Double months,
            SalaryBasis basis, Double annualMin, Double annualMax, String flags) {
        Salary s = PARSER.parse(field, description.replace("\\n", "\n"), context(context));
        String where = source + " " + record;
        if (!disclosed) {
            assertSame(Salary.UNDISCLOSED, s, where + " is not a salary");
            return;
        }
        assertSalary(where, s, currency, min, max, period, months, basis, annualMin, annualMax, flags);
        assertFalse(s.estimated(), where + " estimated");
    }

    @Test
    void anAbsurdlyLargeFigureKeepsItsSizeAndIsImplausible() {
        // 1e20 a year once became 9.2e16 (Long.MAX_VALUE cents) when rounded to the cent
        Salary s = PARSER.parse("99999999999999999999 EUR par an", null, SalaryContext.FRANCE);
        assertEquals(1e20, s.annualMinEur(), 1e6);
        assertTrue(s.hasFlag(SalaryFlag.IMPLAUSIBLE.name()), s.flags().toString());
        assertEquals(1234.57, SalaryBuilder.round2(1234.5678), 1e-9);
    }

    @Test
    void nothingStatedIsTheUndisclosedConstant() {
        assertSame(Salary.UNDISCLOSED, PARSER.parse(null, null, SalaryContext.FRANCE));
        assertSame(Salary.UNDISCLOSED, PARSER.parse(" \t", "", SalaryContext.FRANCE));
        assertSame(Salary.UNDISCLOSED, PARSER.parse("Non affiché", "Poste en CDI, 35h, 5 ans d'expérience.",
                SalaryContext.FRANCE));
    }

    @Test
    void aFieldWithAValueWinsAndIsNotFlaggedFromDescription() {
        Salary s = PARSER.parse("Mensuel de 1764,00 Euros", "Rémunération : 50 à 55K€ brut", SalaryContext.FRANCE);
        assertEquals(1764.0, s.min());
        assertEquals(SalaryPeriod.MONTH, s.period());
        assertFalse(s.hasFlag(SalaryFlag.FROM_DESCRIPTION.name()));
    }

    /** Upper-case text under the Turkish locale (the class runs every test under it). */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            HORAIRE DE 11.88 EUROS SUR 0.0 MOIS   | HOUR  | 11.88
            ANNUEL DE 36000.0 EUROS À 55000.0 EUROS | YEAR | 36000
            MENSUEL DE 1764,00 EUROS              | MONTH | 1764
            JUSQU'À 75K                            | YEAR  |
            SALAIRE INDICATIF : 1750€ NETS         | MONTH | 1750
            """)
    void readsUpperCaseUnderTheTurkishLocale(String field, SalaryPeriod period, Double min) {
        assertEquals("tr", Locale.getDefault().getLanguage());
        Salary s = PARSER.parse(field, null, SalaryContext.FRANCE);
        assertTrue(s.disclosed(), field);
        assertEquals(period, s.period(), field);
        assertEquals(min, s.min(), field);
    }

    @Test
    void freelanceContextMakesADayRate() {
        Salary employee = PARSER.parse("450 € par jour", null, SalaryContext.FRANCE);
        Salary freelance = PARSER.parse("450 € par jour", null, new SalaryContext("EUR", true));
        assertFalse(employee.hasFlag(SalaryFlag.DAY_RATE.name()));
        assertTrue(freelance.hasFlag(SalaryFlag.DAY_RATE.name()));
        assertEquals(98100.0, freelance.annualMaxEur(), CENT);
        Salary described = PARSER.parse("450 € par jour", "Mission en freelance de 6 mois.", SalaryContext.FRANCE);
        assertTrue(described.hasFlag(SalaryFlag.DAY_RATE.name()));
    }

    /**
     * A day rate is a freelance's when the description says so, by each word of the rule, read
     * both from a plain description and from a posting's prepared one (whose index finds the words).
     */
    @ParameterizedTest(name = "''{0}'' {1}")
    @CsvSource(delimiter = '|', value = {
        "Mission en freelance de 6 mois.|true", "Free-lances bienvenus.|true", "Statut indépendant.|true",
        "Possible en portage salarial.|true", "TJM selon profil.|true", "Taux journalier selon profil.|true",
        "Day rate negotiable.|true", "Contractors welcome.|true", "Contracting role.|true",
        "Auto-entrepreneur accepté.|true", "Autoentrepreneurs acceptés.|true", "Mission en régie.|true",
        "Poste contractuel, équipe autonome.|false", "Poste en CDI, télétravail.|false",
        "Nos freelancers.|false", "Independance garantie.|false"})
    void theDescriptionMakesADayRate(String description, boolean dayRate) {
        Salary plain = PARSER.parse("450 € par jour", description, SalaryContext.FRANCE);
        Salary prepared = PARSER.parsePrepared("450 € par jour", PreparedText.forPublished(description),
                SalaryContext.FRANCE);
        assertEquals(dayRate, plain.hasFlag(SalaryFlag.DAY_RATE.name()), description);
        assertEquals(dayRate, prepared.hasFlag(SalaryFlag.DAY_RATE.name()), description + " (prepared)");
    }

    @Test
    void conventionsComeFromTheGivenObject() {
        NormalizationConventions standard = NormalizationConventions.standard();
        NormalizationConventions thirteen = new NormalizationConventions(standard.hoursPerYear(),
                standard.daysPerYear(), standard.weeksPerYear(), 13, 0.8, standard.hourMax(), standard.dayMax(),
                standard.monthMax(), standard.monthCorrectAbove(), standard.yearCorrectBelow(),
                standard.plausibleAnnualMin(), standard.plausibleAnnualMax(), standard.plausibleMaxOverMin());
        SalaryParser p = new SalaryParser(thirteen, CurrencyRates.standard());
        assertEquals(26000.0, p.parse("Mensuel de 2000,00 Euros", null, SalaryContext.FRANCE).annualMinEur(), CENT);
        assertEquals(32500.0, p.parse("2 000 € net par mois", null, SalaryContext.FRANCE).annualMinEur(), CENT);
        assertSame(thirteen, p.conventions());
    }

    @Test
    void ratesComeFromTheGivenTable(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("rates.csv");
        Files.writeString(csv, "currency,units_per_eur,date\nUSD,2.0,2025-01-02\n", StandardCharsets.UTF_8);
        SalaryParser p = new SalaryParser(NormalizationConventions.standard(), CurrencyRates.load(csv));
        Salary usd = p.parse("$100K-$120K", null, SalaryContext.FRANCE);
        assertEquals(50000.0, usd.annualMinEur(), CENT);
        assertEquals(60000.0, usd.annualMaxEur(), CENT);
        assertTrue(usd.hasFlag(SalaryFlag.CURRENCY_CONVERTED.name()));
        Salary chf = p.parse("CHF 120 000 par an", null, SalaryContext.FRANCE);
        assertTrue(chf.disclosed(), "a currency the table lacks is still a disclosed salary");
        assertEquals("CHF", chf.currency());
        assertNull(chf.annualMinEur(), "no rate, no annual EUR figure");
        assertFalse(chf.hasFlag(SalaryFlag.CURRENCY_CONVERTED.name()));
    }

    @Test
    void serializesForSpark() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(PARSER);
        }
        SalaryParser copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SalaryParser) in.readObject();
        }
        String field = "$53K-$91K (Glassdoor est.)";
        assertEquals(PARSER.parse(field, null, SalaryContext.FRANCE), copy.parse(field, null, SalaryContext.FRANCE));
    }

    @Test
    void requiresItsArguments() {
        NullPointerException ctx = assertThrows(NullPointerException.class, () -> PARSER.parse("45k", null, null));
        assertEquals("ctx", ctx.getMessage());
        NullPointerException conventions = assertThrows(NullPointerException.class,
                () -> new SalaryParser(null, CurrencyRates.standard()));
        assertEquals("conventions", conventions.getMessage());
        NullPointerException rates = assertThrows(NullPointerException.class,
                () -> new SalaryParser(NormalizationConventions.standard(), null));
        assertEquals("rates", rates.getMessage());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NULL", textBlock = """
            eu   | salary context: default currency 'eu'; expected an ISO 4217 code such as EUR
            EURO | salary context: default currency 'EURO'; expected an ISO 4217 code such as EUR
            NULL | salary context: default currency 'null'; expected an ISO 4217 code such as EUR
            """)
    void rejectsABadDefaultCurrency(String code, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SalaryContext(code, false));
        assertEquals(message, e.getMessage());
    }

    @Test
    void upperCasesTheDefaultCurrency() {
        assertEquals("USD", new SalaryContext(" usd ", false).defaultCurrency());
        assertEquals("USD", PARSER.parse("120 000 par an", null, new SalaryContext("usd", false)).currency());
    }

    /** "EUR", "EUR freelance", "EUR truncated=HOUR": the currency, then words of the context. */
    private static SalaryContext context(String context) {
        String[] parts = context.split(" ");
        boolean freelance = false;
        String truncated = null;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("freelance")) {
                freelance = true;
            } else if (parts[i].startsWith("truncated=")) {
                truncated = parts[i].substring("truncated=".length());
            } else {
                throw new IllegalArgumentException("context '" + context + "': unknown word '" + parts[i] + "'");
            }
        }
        return new SalaryContext(parts[0], freelance, SalaryContext.periods(truncated));
    }

    /**
     * The periods of a source's {@code salary_truncated_periods} attribute; a bad name is named
     * with the whole value.
     */
    @Test
    void truncatedPeriodsAreReadFromTheAttribute() {
        assertEquals(java.util.Set.of(), SalaryContext.periods(null));
        assertEquals(java.util.Set.of(), SalaryContext.periods(" "));
        assertEquals(java.util.Set.of(SalaryPeriod.HOUR), SalaryContext.periods("HOUR"));
        assertEquals(java.util.Set.of(SalaryPeriod.HOUR, SalaryPeriod.MONTH), SalaryContext.periods("hour, Month"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SalaryContext.periods("HOUR,HOURS"));
        assertEquals("period 'HOURS' in 'HOUR,HOURS'; expected HOUR, DAY, WEEK, MONTH or YEAR", e.getMessage());
    }

    /**
     * The lexer's start tables ({@link SalaryTokenStarts}) only skip positions where no token
     * starts: the tokens are those of every pattern tried at every word start. Cases where a
     * table could wrongly rule a token out: look-behinds ("45k an", "50 k€"), a word at the very
     * end, a non-ASCII character second or third ("n°", "k€", "d’"), multi-word rules.
     */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "45k an", "45 k an", "45 000 € brut annuel", "50 k€", "50k", "50 keuros", "50 ke", "k", "a", "an",
        "payes sur 13 mois", "verse sur 12,5 mois", "x 13 mois", "p.a.", "a partir de 40 000 €", "a partir d’un",
        "jusqu’a 55 k$", "n° 5", "no. 12", "groupe 4", "401k", "403 (b)", "12 m€", "3 mds", "25 %", "3e", "10 ans",
        "$53K-$91K (Glassdoor est.)", "ca$ 90 000", "us$ 1", "£ 30", "de l’heure", "de l'heure", "prime de 1000 €",
        "chiffre d’affaires de 2 m€", "titre-restaurant", "tickets restaurants", "fixe + variable", "fixe et variable",
        "entre 40 et 45 keur", "between $100,000 and $120,000 per year", "au plus 20 € / h", "/ jour", "/j", "/an",
        "• pour le poste ; ou bien | soit", "fin. puis", "pour poste au sein", "minimum", "min", "des 35 000 €",
        "over 90k", "indemnise", "indemnisees", "mensuelle", "journaliere", "annuelles", "brutes nettes"})
    void theStartTablesKeepEveryToken(String text) {
        assertEquals(SalaryLexer.tokens(text, false), SalaryLexer.tokens(text, true), text);
        assertEquals(SalaryLexer.tokens(text + ".", false), SalaryLexer.tokens(text + ".", true), text + ".");
        assertEquals(SalaryLexer.tokens("1 " + text, false), SalaryLexer.tokens("1 " + text, true), "1 " + text);
    }

    /** The same, on random texts: salary words, digits, signs and random characters pieced together. */
    @Test
    void theStartTablesKeepEveryTokenOfRandomTexts() {
        String[] pieces = {"45", "000", "1,5", "k", "€", "$", "£", "an", "a", "au", "par", "mois", "sur", "13", "brut",
            "net", "salaire", "de", "d’", "'", "entre", "et", "/", "-", "(", ")", "+", "jour", "heure", "h", "j", "p.a.",
            "x", "n°", "no.", "keur", "ke", "eur", "euros", "usd", "ca$", "prime", "pour", "poste", "jusqu", "partir",
            "min", "max", "up to", "per", "year", " ", " ", " ", "\n", ".", ";", "|", "•", "e", "er", "%", "ou", "é"};
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .,'’-/()+€$£°%\n;|é";
        java.util.Random random = new java.util.Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int j = 0; j < n; j++) {
                if (random.nextInt(3) == 0) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String text = b.toString().replace("\\n", "\n");
            assertEquals(SalaryLexer.tokens(text, false), SalaryLexer.tokens(text, true), "'" + text + "'");
        }
    }

    /** The field memo keeps one reading per default currency: the same field read in USD is in USD. */
    @Test
    void theSameFieldIsReadInEachDefaultCurrency() {
        SalaryParser parser = new SalaryParser(NormalizationConventions.standard(), CurrencyRates.standard());
        Salary eur = parser.parse("45 000 - 55 000 par an", null, SalaryContext.FRANCE);
        Salary usd = parser.parse("45 000 - 55 000 par an", null, new SalaryContext("USD", false));
        Salary eurAgain = parser.parse(new String("45 000 - 55 000 par an"), null, new SalaryContext("eur", true));
        assertEquals("EUR", eur.currency());
        assertEquals("USD", usd.currency());
        assertEquals(eur, eurAgain);
    }

    private static void assertSalary(String where, Salary s, String currency, Double min, Double max,
            SalaryPeriod period, Double months, SalaryBasis basis, Double annualMin, Double annualMax, String flags) {
        assertTrue(s.disclosed(), where + " disclosed");
        assertEquals(currency, s.currency(), where + " currency");
        assertEquals(min, s.min(), where + " min");
        assertEquals(max, s.max(), where + " max");
        assertEquals(period, s.period(), where + " period");
        assertEquals(months, s.months(), where + " months");
        assertEquals(basis, s.basis(), where + " basis");
        assertAmount(annualMin, s.annualMinEur(), where + " annual min");
        assertAmount(annualMax, s.annualMaxEur(), where + " annual max");
        List<String> expected = flags == null ? List.of() : List.of(flags.strip().split("\\s+"));
        assertEquals(expected, s.flags(), where + " flags");
        assertTrue(FLAG_NAMES.containsAll(s.flags()), where + " flag names");
    }

    private static void assertAmount(Double expected, Double actual, String where) {
        if (expected == null) {
            assertNull(actual, where);
        } else {
            assertEquals(expected, actual, CENT, where);
        }
    }
}
