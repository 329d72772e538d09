package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import io.techdir.posting.RoleDomain;
import io.techdir.posting.RoleFamily;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @Test
    void setsIterateInDeclarationOrderSoThatReportsListThemAlikeInEveryRun() {
        Baseline b = Baseline.standard();
        // Set.copyOf's iteration order changes from one JVM to the next; the report prints these sets
        assertEquals(List.copyOf(java.util.EnumSet.copyOf(b.degreeKinds())), List.copyOf(b.degreeKinds()));
        assertEquals(List.copyOf(java.util.EnumSet.copyOf(b.scopeDomains())), List.copyOf(b.scopeDomains()));
        assertEquals("[ENGINEERING_SCHOOL, MASTER, COMPUTER_SCHOOL]", b.degreeKinds().toString());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> b.degreeKinds().add(DegreeKind.MBA));
    }

    @Test
    void shippedBaselineHoldsTheClaimsOfTheRoleDescription() {
        Baseline b = Baseline.standard();
        assertEquals(48_000, b.salaryFloorAnnualEur(), 0.0);
        assertEquals(6, b.experienceMinYears(), 0.0);
        assertEquals(10, b.experienceMaxYears(), 0.0);
        assertEquals(DegreeLevel.BAC_5, b.degreeMinLevel());
        assertEquals(Set.of(DegreeKind.ENGINEERING_SCHOOL, DegreeKind.MASTER, DegreeKind.COMPUTER_SCHOOL),
                b.degreeKinds());
        assertEquals(List.of(RoleFamily.GENERAL_MANAGEMENT, RoleFamily.INDUSTRIAL_DIRECTOR,
                RoleFamily.SALES_DIRECTOR, RoleFamily.CIO), b.followOnFamilies());
        assertEquals(RoleFamily.TECHNICAL_DIRECTOR, b.scopeFamily());
        assertEquals(Set.of(RoleDomain.IT_DIGITAL), b.scopeDomains());
        assertEquals(Set.of("FR"), b.scopeCountries());
        assertTrue(b.salaryWording().contains("4 000 euros bruts par mois"), b.salaryWording());
        assertEquals("classpath:/reference/baseline.properties", b.source());
    }

    /** The shipped baseline file's text. */
    static String shipped() throws IOException {
        try (var in = Baseline.class.getResourceAsStream(Baseline.STANDARD_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shipped baseline with one line replaced (which must be there). */
    static Baseline shippedWith(String line, String replacement) throws IOException {
        String text = shipped();
        if (!text.contains(line)) {
            throw new AssertionError("the shipped baseline has no line '" + line + "'");
        }
        java.util.Properties p = new java.util.Properties();
        p.load(new java.io.StringReader(text.replace(line, replacement)));
        return Baseline.parse(p, "test");
    }

    @Test
    void userBaselineOverridesTheFloor(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.properties");
        String shipped = shipped();
        Files.writeString(file, shipped.replace("salary.floor.monthly_eur = 4000", "salary.floor.monthly_eur = 5000"));
        assertEquals(60_000, Baseline.load(file).salaryFloorAnnualEur(), 0.0);
    }

    @Test
    void badValueNamesFileAndKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.properties");
        String shipped = shipped();
        Files.writeString(file, shipped.replace("degree.min_level = BAC_5", "degree.min_level = BAC_9"));
        BadConfigurationException e = assertThrows(BadConfigurationException.class, () -> Baseline.load(file));
        assertTrue(e.getMessage().startsWith(file + ": key 'degree.min_level' has value 'BAC_9'; expected one of"),
                e.getMessage());
    }

    @Test
    void aBadCountryCodeNamesFileKeyAndItemAndAnAbsentKeyIsAnyCountry(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.properties");
        String shipped = shipped();
        Files.writeString(file, shipped.replace("scope.countries = FR", "scope.countries = FR, France"));
        BadConfigurationException e = assertThrows(BadConfigurationException.class, () -> Baseline.load(file));
        assertEquals(file + ": key 'scope.countries' has item 'France'; expected two-letter country codes"
                + " (ISO 3166-1 alpha-2, e.g. FR), comma-separated", e.getMessage());
        Files.writeString(file, shipped.replace("scope.countries = FR", ""));
        assertEquals(Set.of(), Baseline.load(file).scopeCountries(), "a baseline file of an earlier version");
        assertEquals("TECHNICAL_DIRECTOR x IT_DIGITAL", Baseline.load(file).population());
        assertEquals("TECHNICAL_DIRECTOR x IT_DIGITAL x FR", Baseline.standard().population());
    }

    @Test
    void minimumYearsAboveTheMaximumNamesFileAndBothKeys(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.properties");
        Files.writeString(file, shipped().replace("experience.min_years = 6", "experience.min_years = 12"));
        BadConfigurationException e = assertThrows(BadConfigurationException.class, () -> Baseline.load(file));
        assertEquals(file + ": key 'experience.min_years' has value '12', above key 'experience.max_years' ('10');"
                + " expected experience.min_years <= experience.max_years", e.getMessage());
    }

    /** Each numeric key with a value out of its range: refused, naming the file, the key and the value. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "salary.floor.monthly_eur = 4000 | NaN       | a finite number",
        "salary.floor.monthly_eur = 4000 | Infinity  | a finite number",
        "salary.floor.monthly_eur = 4000 | 1e400     | a finite number",
        "salary.floor.monthly_eur = 4000 | -4000     | a number above 0",
        "salary.floor.monthly_eur = 4000 | 0         | a number above 0",
        "salary.floor.months = 12        | 0         | a whole number of 1 or more",
        "salary.floor.months = 12        | 12.5      | a whole number of 1 or more",
        "salary.floor.months = 12        | -Infinity | a finite number",
        "experience.min_years = 6        | -1        | a number of 0 or more",
        "experience.max_years = 10       | NaN       | a finite number",
        "degree.majority = 0.5           | 7         | a share from 0 to 1 (e.g. 0.5 for half)",
        "degree.majority = 0.5           | -0.1      | a share from 0 to 1 (e.g. 0.5 for half)",
        "degree.majority = 0.5           | NaN       | a finite number",
        "business_school.min_share = 0.10 | 1.5      | a share from 0 to 1 (e.g. 0.5 for half)",
        "follow_on.min_postings = 5      | 0         | a whole number of 1 or more",
        "min_observations = 30           | -30       | a whole number of 1 or more",
        "min_observations = 30           | 0         | a whole number of 1 or more",
        "salary.floor.monthly_eur = 4000 | four thousand | a number",
    })
    void outOfRangeNumbersNameFileKeyAndValue(String line, String value, String expected, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("b.properties");
        String key = line.substring(0, line.indexOf(" = "));
        Files.writeString(file, replaced(line, key + " = " + value));
        BadConfigurationException e = assertThrows(BadConfigurationException.class, () -> Baseline.load(file));
        assertEquals(file + ": key '" + key + "' has value '" + value + "'; expected " + expected, e.getMessage());
    }

    @Test
    void theBoundsOfEachRangeAreAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.properties");
        String text = shipped().replace("experience.min_years = 6", "experience.min_years = 0")
                .replace("experience.max_years = 10", "experience.max_years = 0")
                .replace("degree.majority = 0.5", "degree.majority = 1")
                .replace("business_school.min_share = 0.10", "business_school.min_share = 0")
                .replace("min_observations = 30", "min_observations = 1")
                .replace("salary.floor.months = 12", "salary.floor.months = 13.0");
        Files.writeString(file, text);
        Baseline b = Baseline.load(file);
        assertEquals(0, b.experienceMaxYears(), 0.0);
        assertEquals(1, b.degreeMajority(), 0.0);
        assertEquals(0, b.businessSchoolMinShare(), 0.0);
        assertEquals(1, b.minObservations());
        assertEquals(13, b.salaryFloorMonths());
    }

    /** The shipped baseline's text with one line replaced (which must be there). */
    private static String replaced(String line, String replacement) throws IOException {
        String text = shipped();
        if (!text.contains(line + "\n")) {
            throw new AssertionError("the shipped baseline has no line '" + line + "'");
        }
        return text.replace(line + "\n", replacement + "\n");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nope.properties");
        BadConfigurationException e = assertThrows(BadConfigurationException.class, () -> Baseline.load(file));
        assertEquals(file + ": no such baseline file", e.getMessage());
    }
}
