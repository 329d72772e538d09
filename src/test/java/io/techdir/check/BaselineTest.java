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
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nope.properties");
        BadConfigurationException e = assertThrows(BadConfigurationException.class, () -> Baseline.load(file));
        assertEquals(file + ": no such baseline file", e.getMessage());
    }
}
