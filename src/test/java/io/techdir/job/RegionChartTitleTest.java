package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.check.MarketReport;
import io.techdir.check.MarketStatistics;
import io.techdir.check.SalarySpread;
import io.techdir.check.stat.Distribution;
import io.techdir.report.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The salary spread's region chart, reopened with POI: its title names what its bars count, the
 * {@code region} rows of {@code salary_spread.csv}, postings in France or of unknown country
 * ({@link MarketStatistics#FRANCE}), in both languages.
 */
class RegionChartTitleTest {

    private static MarketReport report() {
        double[] salaries = new double[40];
        for (int i = 0; i < salaries.length; i++) {
            salaries[i] = 50_000 + 1_000 * i;
        }
        Distribution d = Distribution.of(salaries);
        List<SalarySpread> spread = new ArrayList<>();
        spread.add(new SalarySpread("SYNTHETIC", MarketStatistics.ALL, "overall", "all", 60, 40, d));
        for (String region : List.of("Île-de-France", "Occitanie", MarketStatistics.UNKNOWN_GROUP)) {
            spread.add(new SalarySpread("SYNTHETIC", MarketStatistics.ALL, "region", region, 20, 20, d));
        }
        return new MarketReport(List.of("SYNTHETIC"), spread, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }

    private static List<String> titles(XSSFWorkbook wb, String sheet) {
        XSSFDrawing drawing = wb.getSheet(sheet).getDrawingPatriarch();
        List<String> out = new ArrayList<>();
        for (XSSFChart c : drawing == null ? List.<XSSFChart>of() : drawing.getCharts()) {
            out.add(c.getTitleText().getString());
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Before: "... (toutes les offres en France, SYNTHETIC)" over bars that count unknown countries too.
        "FR | Salaires      | Médiane et P10–P90 par région française (offres en France ou de pays inconnu, SYNTHETIC)",
        "EN | Salary spread | Median and P10–P90 by region of France (postings in France or of unknown country, SYNTHETIC)",
    })
    void theRegionChartSaysItCountsPostingsOfUnknownCountry(Language lang, String sheet, String title,
            @TempDir Path tmp) throws IOException {
        Path out = BaselineCheckReportTest.write(tmp.resolve(lang.name()), lang, report());
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            List<String> regionTitles = titles(wb, sheet).stream()
                    .filter(t -> t.contains("région") || t.contains("region")).toList();
            assertEquals(List.of(title), regionTitles);
        }
    }
}
