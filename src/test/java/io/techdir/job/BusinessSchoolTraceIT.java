package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.check.MarketStatistics;
import io.techdir.gather.SourceSpec;
import io.techdir.report.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The business-school verdict's figure found in {@code degree_demands.csv}, end to end on the
 * shared Spark session: both files reopened with Commons CSV, the
 * workbook's note with POI.
 */
class BusinessSchoolTraceIT {

    private static final String FIXTURE = "src/test/resources/job/business-school.csv";

    @Test
    void theVerdictsFigureIsARowOfTheDegreeTable(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("fr");
        RunSettings base = CareerReportIT.settings(out, Language.FR, List.of());
        RunSettings s = new RunSettings(base.runId(), base.jobName(), base.jobFile(),
                List.of(SourceSpec.parse("csv:" + FIXTURE)), out, base.asOf(), base.baseline(), base.lang(),
                base.csvDialect(), base.master(), base.started(), base.gather(), base.warehouse(), base.careers());
        RunResult result = MarketReportJob.run(SharedSpark.get(), s);
        assertEquals(List.of(), result.problems());

        CSVRecord verdict = CareerReportIT.csv(out.resolve("baseline_check.csv")).stream()
                .filter(r -> r.get("claim").equals("business_school")).findFirst().orElseThrow();
        // Before: degree_demands.csv had "kind BUSINESS_SCHOOL" and "kind MBA" apart, no row of
        // the verdict's 3 of 6 (B6 names both, so the two rows do not add up to it).
        assertEquals("kind BUSINESS_SCHOOL|MBA", MarketStatistics.businessSchoolMeasure());
        CSVRecord row = CareerReportIT.csv(out.resolve("degree_demands.csv")).stream()
                .filter(r -> r.get("origin").equals(verdict.get("origin"))
                        && r.get("group").equals(MarketStatistics.BASELINE_SCOPE)
                        && r.get("measure").equals(MarketStatistics.businessSchoolMeasure()))
                .findFirst().orElseThrow(() -> new AssertionError("no row of the verdict's measure"));
        assertEquals("3", row.get("k"));
        assertEquals("6", row.get("n"));
        assertEquals(verdict.get("n"), row.get("n"));
        assertEquals(verdict.get("figure"), row.get("share"));
        assertEquals(verdict.get("ci_low"), row.get("ci_low"));
        assertEquals(verdict.get("ci_high"), row.get("ci_high"));

        // The Diplômes sheet names the row and the verdict it is the figure of.
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            String note = "« kind BUSINESS_SCHOOL|MBA » : l'un ou l'autre (une offre qui nomme les deux compte une"
                    + " fois) ; sa ligne BASELINE_SCOPE est le chiffre du verdict « École de commerce appréciée ».";
            boolean found = false;
            for (Row r : wb.getSheet("Diplômes")) {
                for (Cell c : r) {
                    found |= c.getCellType() == CellType.STRING && c.getStringCellValue().endsWith(note);
                }
            }
            assertTrue(found, "the note of the Diplômes sheet");
        }
    }
}
