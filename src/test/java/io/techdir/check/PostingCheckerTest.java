package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.Degree;
import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import io.techdir.posting.Experience;
import io.techdir.posting.Posting;
import io.techdir.posting.PostingCheck;
import io.techdir.posting.Role;
import io.techdir.posting.RoleDomain;
import io.techdir.posting.RoleFamily;
import io.techdir.posting.Salary;
import io.techdir.posting.SalaryBasis;
import io.techdir.posting.SalaryPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingCheckerTest {

    private static final PostingChecker CHECKER = new PostingChecker(Baseline.standard());

    private static Salary annual(double min, double max, boolean estimated, String... flags) {
        return new Salary(true, estimated, "EUR", min, max, SalaryPeriod.YEAR, null, SalaryBasis.GROSS, min, max,
                List.of(flags));
    }

    private static Posting posting(Role role, Salary salary, Experience experience, Degree degree) {
        return new Posting("id", "test", "1", "test.csv:2", null, "Directeur technique", role, null, null, null,
                null, null, null, salary, experience, degree, List.of(), null, false);
    }

    private static final Role TD_IT = new Role(RoleFamily.TECHNICAL_DIRECTOR, RoleDomain.IT_DIGITAL, null, null);

    @Test
    void scopeIsTechnicalDirectorsOfTheItDomainOnly() {
        assertTrue(CHECKER.check(posting(TD_IT, null, null, null)).inScope());
        assertFalse(CHECKER.check(posting(new Role(RoleFamily.TECHNICAL_DIRECTOR, RoleDomain.CULTURE_EVENTS, null,
                null), null, null, null)).inScope());
        assertFalse(CHECKER.check(posting(new Role(RoleFamily.CIO, null, null, null), null, null, null)).inScope());
    }

    private static Posting inCountry(String country) {
        return new Posting("id", "test", "1", "test.csv:2", null, "CTO", TD_IT, null, null,
                new io.techdir.posting.Place(null, null, country), null, null, null, null, null, null, List.of(),
                null, false);
    }

    @Test
    void scopeIsTheBaselinesCountriesAndPostingsOfUnknownCountry() throws java.io.IOException {
        assertTrue(CHECKER.check(inCountry("FR")).inScope());
        assertFalse(CHECKER.check(inCountry("US")).inScope(), "a US CTO's dollars are not the French claim's market");
        assertTrue(CHECKER.check(inCountry(null)).inScope());
        Baseline anyCountry = BaselineTest.shippedWith("scope.countries = FR", "scope.countries =");
        assertTrue(new PostingChecker(anyCountry).check(inCountry("US")).inScope());
        Baseline two = BaselineTest.shippedWith("scope.countries = FR", "scope.countries = fr, be");
        assertTrue(new PostingChecker(two).check(inCountry("BE")).inScope());
        assertFalse(new PostingChecker(two).check(inCountry("CH")).inScope());
    }

    @Test
    void salaryFlagUsesTheMidpointAgainst48000AndExcludesEstimatesAndImplausibleValues() {
        PostingCheck above = CHECKER.check(posting(TD_IT, annual(44_000, 52_000, false), null, null));
        assertEquals(PostingChecker.AT_OR_ABOVE, above.salary());
        assertEquals(48_000.0, above.statAnnualEur());
        assertEquals(PostingChecker.BELOW, CHECKER.check(posting(TD_IT, annual(40_000, 55_000, false), null, null)).salary());
        PostingCheck estimate = CHECKER.check(posting(TD_IT, annual(60_000, 70_000, true), null, null));
        assertEquals(PostingChecker.EXCLUDED, estimate.salary());
        assertNull(estimate.statAnnualEur());
        assertEquals(PostingChecker.EXCLUDED,
                CHECKER.check(posting(TD_IT, annual(5_000, 6_000, false, "IMPLAUSIBLE"), null, null)).salary());
        assertEquals(PostingChecker.NOT_DISCLOSED, CHECKER.check(posting(TD_IT, null, null, null)).salary());
    }

    @Test
    void experienceFlagComparesTheMinimumWithSixToTen() {
        assertEquals(PostingChecker.BELOW, CHECKER.check(posting(TD_IT, null, new Experience(5.0, null, true, "5 ans",
                List.of()), null)).experience());
        assertEquals(PostingChecker.WITHIN, CHECKER.check(posting(TD_IT, null, new Experience(6.0, 10.0, true, null,
                List.of()), null)).experience());
        assertEquals(PostingChecker.WITHIN, CHECKER.check(posting(TD_IT, null, new Experience(10.0, null, null, null,
                List.of()), null)).experience());
        assertEquals(PostingChecker.ABOVE, CHECKER.check(posting(TD_IT, null, new Experience(12.0, null, null, null,
                List.of()), null)).experience());
        assertEquals(PostingChecker.UNKNOWN, CHECKER.check(posting(TD_IT, null, null, null)).experience());
    }

    @Test
    void degreeFlagNeedsTheLevelAndSaysWhetherAListedKindIsNamed() {
        assertEquals(PostingChecker.MATCHES, CHECKER.check(posting(TD_IT, null, null, new Degree(DegreeLevel.BAC_5,
                List.of(DegreeKind.ENGINEERING_SCHOOL), List.of(), List.of()))).degree());
        assertEquals(PostingChecker.LEVEL_ONLY, CHECKER.check(posting(TD_IT, null, null, new Degree(DegreeLevel.BAC_5,
                List.of(), List.of(), List.of()))).degree());
        assertEquals(PostingChecker.BELOW, CHECKER.check(posting(TD_IT, null, null, new Degree(DegreeLevel.BAC_3,
                List.of(DegreeKind.MASTER), List.of(), List.of()))).degree());
        assertEquals(PostingChecker.UNKNOWN, CHECKER.check(posting(TD_IT, null, null, null)).degree());
        assertEquals(PostingChecker.MENTIONED, CHECKER.check(posting(TD_IT, null, null, new Degree(DegreeLevel.BAC_5,
                List.of(DegreeKind.MBA), List.of(), List.of()))).businessSchool());
    }
}
