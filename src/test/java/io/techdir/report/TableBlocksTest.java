package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's blocks: written under it on its sheet (title, header, rows, notes, chart), not in its CSV. */
class TableBlocksTest {

    @TempDir
    Path dir;

    static Table main() {
        return Table.builder("follow_on_roles", "Évolutions", "Follow-on roles")
                .column("group", "Groupe", "Group", ValueFormat.TEXT)
                .column("k", "k", "k", ValueFormat.INTEGER)
                .row("CIO", 3L).row("SALES_DIRECTOR", 1L)
                .note("main note").build();
    }

    static Table block() {
        return Table.builder("career_transitions", "Parcours de carrière", "Career paths")
                .column("target", "Poste suivant", "Next position", ValueFormat.TEXT)
                .column("share", "Part", "Share", ValueFormat.PERCENT)
                .column("verdict", "Verdict", "Verdict", ValueFormat.TEXT)
                .row("CIO", 0.5, "SUPPORTED").row("GENERAL_MANAGEMENT", Suppressed.INSTANCE, "CONTRADICTED")
                .note("block note")
                .chart(ChartSpec.builder(ChartKind.BAR, "Poste suivant", "Next position").labels("target")
                        .values("share").build())
                .build();
    }

    @Test
    void blockIsWrittenUnderTheTableWithItsTitleHeaderRowsAndChart() throws IOException {
        Path file = dir.resolve("b.xlsx");
        WorkbookWriter.write(file, List.of(main().withBlock(block())), List.<Row>of().iterator(), List.of(),
                Language.EN);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Follow-on roles");
            DataFormatter f = new DataFormatter();
            assertEquals("Group", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("main note", s.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Career paths", s.getRow(6).getCell(0).getStringCellValue());
            assertEquals("Next position", s.getRow(7).getCell(0).getStringCellValue());
            assertEquals("Share", s.getRow(7).getCell(1).getStringCellValue());
            assertEquals("CIO", s.getRow(8).getCell(0).getStringCellValue());
            assertEquals(0.5, s.getRow(8).getCell(1).getNumericCellValue(), 0.0);
            assertEquals("n < 5", f.formatCellValue(s.getRow(9).getCell(1)));
            assertEquals("block note", s.getRow(11).getCell(0).getStringCellValue());
            assertEquals(1, ((XSSFSheet) s).getDrawingPatriarch().getCharts().size(), "the block's chart");
            assertTrue(s.getSheetConditionalFormatting().getNumConditionalFormattings() > 0,
                    "verdict highlights on the block's rows");
            assertEquals("A1:B3", ((XSSFSheet) s).getCTWorksheet().getAutoFilter().getRef(),
                    "the autofilter covers the main table only");
        }
    }

    @Test
    void csvOfTheMainTableIgnoresItsBlocks() throws IOException {
        Path csv = dir.resolve("f.csv");
        CsvTableWriter.write(main().withBlock(block()), csv, CsvDialect.STANDARD);
        assertEquals(List.of("group,k", "CIO,3", "SALES_DIRECTOR,1"), Files.readAllLines(csv));
    }

    @Test
    void blocksAreOneLevelDeep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> main().withBlock(block().withBlock(main())));
        assertEquals("table 'follow_on_roles': block 'career_transitions' has blocks of its own; expected one level"
                + " of blocks", e.getMessage());
    }
}
