package io.techdir.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** Writes a small workbook with charts (for a look in LibreOffice): {@code ChartsWorkbookMain FILE FR|EN}. */
final class ChartsWorkbookMain {

    private ChartsWorkbookMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Row> postings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            postings.addAll(WorkbookWriterTest.postings());
        }
        WorkbookWriter.write(Path.of(args[0]), List.of(ChartTables.baselineCheck(), ChartTables.salarySpread(),
                ChartTables.experience(), ChartTables.degrees(), ChartTables.followOn()), postings.iterator(),
                List.of(ReportTables.manifest()), Language.valueOf(args[1]));
    }
}
