package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.techdir.posting.Reject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Career-path CSV parsing: rows kept, rows rejected with file:line, file-level errors. */
class CareerCsvTest {

    private static final String TINY = "src/test/resources/careers/tiny.csv";
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    static CareerFile tiny() throws IOException {
        return CareerCsv.parse(Files.readString(Path.of(TINY), StandardCharsets.UTF_8), TINY);
    }

    @Test
    void tinyFixtureKeepsGoodRowsAndRejectsBadOnesWithFileAndLine() throws IOException {
        Locale.setDefault(Locale.forLanguageTag("tr-TR")); // case folding of the header must not depend on it
        CareerFile f = tiny();
        assertEquals(MarketStatistics.REAL, f.origin());
        assertEquals(21, f.rows());
        assertEquals(17, f.positions().size());
        assertEquals(List.of(TINY + ":17 ORDER_GAP", TINY + ":21 BAD_DATE", TINY + ":22 MISSING_TITLE",
                TINY + ":23 END_BEFORE_START"), f.rejects().stream().map(r -> r.record() + " " + r.code()).toList());
        assertEquals(TINY + ":17: order '3' of person 'P7'; expected 2 (orders run 1, 2, 3... without gaps)",
                f.rejects().get(0).reason());
        assertEquals(TINY + ":21: 'start' has value '2020-13'; expected a date yyyy-MM-dd or yyyy-MM",
                f.rejects().get(1).reason());
        assertEquals(TINY + ":23: 'end' has value '2021-01', before start '2022-05'; expected an end on or after"
                + " the start", f.rejects().get(3).reason());
        CareerPosition p2 = f.positions().get(3);
        assertEquals(new CareerPosition("P2", 1, "CTO", LocalDate.of(2012, 3, 1), LocalDate.of(2018, 2, 28),
                TINY + ":5"), p2);
        assertEquals(LocalDate.of(2010, 6, 1), f.positions().get(0).end(), "yyyy-MM is the month's first day");
        assertEquals(null, f.positions().get(2).end(), "empty end = current position");
        assertEquals("careers", f.rejects().get(0).source());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "P1,x,CTO,2020-01,|BAD_ORDER|f.csv:2: 'order' has value 'x'; expected a whole number 1 or more",
        "P1,0,CTO,2020-01,|BAD_ORDER|f.csv:2: 'order' has value '0'; expected a whole number 1 or more",
        ",1,CTO,2020-01,|MISSING_PERSON|f.csv:2: empty 'person'; expected the person's anonymised id",
        "P1,1,CTO,,|BAD_DATE|f.csv:2: 'start' has value ''; expected a date yyyy-MM-dd or yyyy-MM",
        "P1,1,CTO,2020-02-30,|BAD_DATE|f.csv:2: 'start' has value '2020-02-30'; expected a date yyyy-MM-dd or yyyy-MM",
        "P1,1,CTO,01/02/2020,|BAD_DATE|f.csv:2: 'start' has value '01/02/2020'; expected a date yyyy-MM-dd or yyyy-MM",
        "P1,1,CTO,2020-01,soon|BAD_DATE|f.csv:2: 'end' has value 'soon'; expected a date yyyy-MM-dd or yyyy-MM, or"
                + " empty for a current position",
    })
    void badRowIsRejectedWithItsLine(String row, String code, String reason) {
        CareerFile f = CareerCsv.parse("person,order,title,start,end\n" + row + "\n", "f.csv");
        assertEquals(List.of(new Reject("careers", "f.csv:2", code, reason)), f.rejects());
        assertEquals(0, f.positions().size());
    }

    @Test
    void duplicateOrderRejectsTheLaterRow() {
        CareerFile f = CareerCsv.parse("person,order,title,start,end\nA,1,CTO,2020-01,2021-01\nA,1,DSI,2021-01,\n",
                "d.csv");
        assertEquals("d.csv:3: order '1' of person 'A' appears twice; expected one position per order",
                f.rejects().get(0).reason());
        assertEquals(CareerCsv.DUPLICATE_ORDER, f.rejects().get(0).code());
    }

    @Test
    void missingColumnIsAFileErrorNamingFileAndLine() throws IOException {
        String file = "src/test/resources/careers/missing-end.csv";
        CareerFormatException e = assertThrows(CareerFormatException.class,
                () -> CareerCsv.parse(Files.readString(Path.of(file)), file));
        assertEquals(file + ":1: missing required column 'end'; expected a header with person,order,title,start,end",
                e.getMessage());
        assertEquals("e.csv:1: empty file; expected a header line person,order,title,start,end",
                assertThrows(CareerFormatException.class, () -> CareerCsv.parse("", "e.csv")).getMessage());
    }

    @Test
    void leadingCommentsMarkSyntheticAndShiftLineNumbersAndBomHeaderColumnsInAnyOrder() {
        String text = "\uFEFF# origin: SYNTHETIC\n# invented\nTITLE,Person,order,End,start,extra\n"
                + "CTO,A,1,,2020-01,x\n\"Directeur\ngénéral\",B,1,,bad,y\n";
        CareerFile f = CareerCsv.parse(text, "s.csv");
        assertEquals(MarketStatistics.SYNTHETIC, f.origin());
        assertEquals("s.csv:4", f.positions().get(0).record());
        assertEquals("s.csv:5", f.rejects().get(0).record(), "a quoted line break: the record starts on line 5");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\n", "\r\n"})
    void aLoneCrInsideARowIsPartOfItsFieldAndEndsNoLine(String eol) {
        // as in the postings' CSV files (gather.LineEnds): a stray CR in an export whose lines end
        // with LF or CRLF cut its row in two (a BAD_DATE and a MISSING_TITLE reject) and moved the
        // later rows' lines by one
        String text = "# origin: SYNTHETIC" + eol + "person,order,title,start,end" + eol
                + "A,1,Directeur technique\rCTO,2015-01,2019-12" + eol
                + "A,2,\"DSI\rgroupe\",2020-01," + eol
                + "B,1,,2020-01," + eol;
        CareerFile f = CareerCsv.parse(text, "cr.csv");
        String name = eol.length() == 1 ? "LF" : "CRLF";
        assertEquals(MarketStatistics.SYNTHETIC, f.origin(), name);
        assertEquals(3, f.rows(), name);
        assertEquals(List.of("cr.csv:3 Directeur technique\rCTO", "cr.csv:4 DSI\rgroupe"),
                f.positions().stream().map(p -> p.record() + " " + p.title()).toList(), name);
        assertEquals(List.of("cr.csv:5 MISSING_TITLE"), f.rejects().stream().map(r -> r.record() + " " + r.code())
                .toList(), name);
    }

    @Test
    void aFileWhoseFirstLineEndsWithALoneCrHasCrLineEnds() {
        // an old Mac file, comments included: CR ends every line (its comment took the whole file)
        String text = "# origin: SYNTHETIC\rperson,order,title,start,end\rA,1,CTO,2015-01,2019-12\r"
                + "A,2,DSI,2020-01,\r\rB,1,,2020-01,\r";
        CareerFile f = CareerCsv.parse(text, "mac.csv");
        assertEquals(MarketStatistics.SYNTHETIC, f.origin());
        assertEquals(List.of("mac.csv:3 CTO", "mac.csv:4 DSI"),
                f.positions().stream().map(p -> p.record() + " " + p.title()).toList());
        assertEquals(List.of("mac.csv:6 MISSING_TITLE"), f.rejects().stream().map(r -> r.record() + " " + r.code())
                .toList());
    }
}
