package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableTest {

    private static final List<TableColumn> TWO = List.of(
            new TableColumn("sector", "Secteur", "Sector", ValueFormat.TEXT),
            new TableColumn("n", "Annonces", "Postings", ValueFormat.INTEGER));

    @Test
    void rowOfTheWrongSizeIsRejectedNamingTableRowAndSizes() {
        List<List<Object>> rows = List.of(Arrays.asList("Conseil en systèmes et logiciels informatiques", 10L),
                Arrays.asList("Activités des agences de travail temporaire"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table("salary_spread", "Salaires", "Salaries", TWO, rows, List.of()));
        assertEquals("table 'salary_spread': row 2 has 1 cells; expected 2 (one per column)", e.getMessage());
    }

    @Test
    void cellOfAnUnsupportedTypeIsRejected() {
        List<List<Object>> rows = List.of(Arrays.asList("Conseil", new BigDecimal("10")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table("salary_spread", "Salaires", "Salaries", TWO, rows, List.of()));
        assertEquals("table 'salary_spread': row 1 column 'n' holds java.math.BigDecimal '10'; expected String,"
                + " Long, Integer, Double, Figure, Boolean, LocalDate, Suppressed or null", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Répartition des salaires par secteur | table 't': sheetFr 'Répartition des salaires par secteur' has 36 characters;"
                + " expected at most 31 (Excel's limit)",
        "Salaires 2024/2025                   | table 't': sheetFr 'Salaires 2024/2025' contains '/'; expected none of []:*?/\\",
        "'Salaires'                           | table 't': sheetFr ''Salaires'' starts or ends with an apostrophe; expected none there",
    })
    void badSheetNamesAreRejected(String sheet, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table("t", sheet, "Salaries", TWO, List.of(), List.of()));
        assertEquals(message, e.getMessage());
    }

    @Test
    void thirtyOneCharactersAreAllowed() {
        String sheet = "Salaires médians par secteur NA";
        assertEquals(31, sheet.length());
        assertEquals(sheet, new Table("t", sheet, "x", TWO, List.of(), List.of()).sheet(Language.FR));
    }

    @Test
    void duplicateColumnIsRejected() {
        List<TableColumn> columns = List.of(TWO.get(0), TWO.get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table("t", "a", "b", columns, List.of(), List.of()));
        assertEquals("table 't': column 'sector' appears twice; expected unique column names", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Salary-Spread | table name 'Salary-Spread'; expected snake_case [a-z][a-z0-9_]*",
        "1st           | table name '1st'; expected snake_case [a-z][a-z0-9_]*",
    })
    void badTableNameIsRejected(String name, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table(name, "a", "b", TWO, List.of(), List.of()));
        assertEquals(message, e.getMessage());
    }

    @Test
    void badColumnNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TableColumn("Median EUR", "Médiane", "Median", ValueFormat.EUR));
        assertEquals("column name 'Median EUR'; expected snake_case [a-z][a-z0-9_]*", e.getMessage());
    }

    @Test
    void rowsAreCopiedAndImmutable() {
        List<Object> row = new ArrayList<>(Arrays.asList("Conseil", null));
        List<List<Object>> rows = new ArrayList<>(List.of(row));
        Table t = new Table("t", "a", "b", TWO, rows, List.of());
        row.set(0, "changed");
        rows.clear();
        assertEquals(Arrays.asList("Conseil", null), t.rows().get(0));
        assertThrows(UnsupportedOperationException.class, () -> t.rows().get(0).set(0, "x"));
    }

    @Test
    void builderAndLanguageAccessors() {
        Table t = ReportTables.salarySpread();
        assertEquals("Salaires par secteur", t.sheet(Language.FR));
        assertEquals("Salary by sector", t.sheet(Language.EN));
        assertEquals("Médiane", t.columns().get(2).label(Language.FR));
        assertEquals("Median", t.columns().get(2).label(Language.EN));
        assertEquals(3, t.rows().size());
        assertEquals(2, t.notes().size());
        assertEquals(Suppressed.INSTANCE, t.rows().get(1).get(2));
    }
}
