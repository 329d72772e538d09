package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.techdir.report.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Methodology sheet's parameters as an analyst reads them, reopened with POI: the
 * normalizer's constants and the baseline's numbers in the report's language, numbers written as
 * the language writes them (a narrow no-break space groups French thousands).
 */
class MethodologyNumbersTest {

    /** English words a value of the French workbook must not hold. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(year|days|weeks|months|under|over|per|stated|read as)\\b");

    private static Sheet methodology(XSSFWorkbook wb, Language lang) {
        return wb.getSheet(lang == Language.FR ? "Méthodologie" : "Methodology");
    }

    private static List<Row> normalizationRows(Sheet s) {
        List<Row> out = new ArrayList<>();
        for (Row r : s) {
            if (r.getCell(0) != null && r.getCell(0).toString().startsWith("normalization.")) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void frenchWorkbookStatesTheConstantsInFrenchWithFrenchNumbers(@TempDir Path tmp) throws IOException {
        Path out = BaselineCheckReportTest.write(tmp.resolve("fr"), Language.FR,
                BaselineCheckReportTest.report(List.of("SYNTHETIC"), BaselineCheckReportTest.sampleVerdicts()));
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            Sheet s = methodology(wb, Language.FR);
            // Before: "normalization.Hours per year (HOUR x)" | "1820 h/year", and "48000", "6.0-10.0".
            assertEquals("heures par an (montant HOUR ×) : 1\u202f820 h/an",
                    CareerReportIT.valueOf(s, "normalization.hours_per_year"));
            assertEquals("du net au brut (montants NET divisés par) : 0,75 (net/brut)",
                    CareerReportIT.valueOf(s, "normalization.net_to_gross"));
            assertEquals("invraisemblable : brut annuel au-dessus de 1\u202f000\u202f000 €/an",
                    CareerReportIT.valueOf(s, "normalization.plausible_annual_max"));
            assertEquals("48\u202f000", CareerReportIT.valueOf(s, "baseline.salary_floor_annual_eur"));
            assertEquals("6-10", CareerReportIT.valueOf(s, "baseline.experience_years"));
            List<Row> rows = normalizationRows(s);
            assertEquals(13, rows.size(), "one row per constant of the normalizer");
            for (Row r : rows) {
                String value = r.getCell(1).toString();
                assertFalse(ENGLISH.matcher(value).find(), r.getCell(0) + ": " + value);
                assertFalse(value.matches(".*\\d{4}.*"), r.getCell(0) + " groups its thousands: " + value);
            }
        }
    }

    @Test
    void englishWorkbookStatesTheConstantsWithEnglishNumbers(@TempDir Path tmp) throws IOException {
        Path out = BaselineCheckReportTest.write(tmp.resolve("en"), Language.EN,
                BaselineCheckReportTest.report(List.of("SYNTHETIC"), BaselineCheckReportTest.sampleVerdicts()));
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            Sheet s = methodology(wb, Language.EN);
            assertEquals("hours per year (HOUR amounts ×): 1,820 h/year",
                    CareerReportIT.valueOf(s, "normalization.hours_per_year"));
            assertEquals("no period word: MONTH under 10,000 € (YEAR at or over it)",
                    CareerReportIT.valueOf(s, "normalization.month_max"));
            assertEquals("48,000", CareerReportIT.valueOf(s, "baseline.salary_floor_annual_eur"));
            assertEquals(13, normalizationRows(s).size());
        }
    }
}
