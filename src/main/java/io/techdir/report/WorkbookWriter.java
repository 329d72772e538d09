package io.techdir.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;

/**
 * Writes the report workbook (XLSX). Sheets, in order: the {@code before} tables, a postings
 * sheet streamed from {@code postings}, then the {@code after} tables.
 *
 * <p>Every table sheet: sheet name and header labels in the language, frozen header row,
 * autofilter, bounded column widths, number formats by {@link ValueFormat} (EUR
 * {@code # ##0 €}, PERCENT {@code 0.0 %} of a fraction, INTEGER, DECIMAL and YEARS one place),
 * red/green highlights on verdict columns ({@code verdict}, {@code *_verdict}, {@code baseline_*}:
 * red for CONTRADICTED or BELOW, green for SUPPORTED, AT_OR_ABOVE, WITHIN or MATCHES), notes
 * under the table. The postings sheet ({@link #postingsSheetName(Language)}) has every
 * {@link io.techdir.posting.PostingSchema} column with the column names as header and the
 * {@code url} as a hyperlink (up to Excel's 65 530 links per sheet; later rows keep the address
 * as text); postings beyond what a sheet holds (1 048 575 under the header) go on to further
 * sheets named after it, {@code "Annonces (2)"}, {@code "Annonces (3)"}..., placed right after it.
 *
 * <p>Text is always a string cell, never a formula. The workbook is an {@link SXSSFWorkbook}
 * (a window of {@value #ROW_WINDOW} rows in memory, compressed temporary files, inline strings)
 * whose hyperlinks are kept as plain values rather than POI objects. The postings sheet's rows
 * bypass POI's cell objects: their XML is written directly and deflated on worker threads while
 * it is written ({@link RowXmlWriter}, {@link DeflatedPart}), about 100 000 rows a second on two
 * cores; so a million postings fit in a small heap (50 000 postings are tested in a 64 MB heap)
 * and take about ten seconds.
 */
public final class WorkbookWriter {

    /** Rows of a sheet kept in memory; older rows go to a compressed temporary file. */
    public static final int ROW_WINDOW = 100;

    private WorkbookWriter() {
    }

    /** The name of the postings sheet: {@code Annonces} in French, {@code Postings} in English. */
    public static String postingsSheetName(Language language) {
        return language == Language.FR ? "Annonces" : "Postings";
    }

    /**
     * Writes the workbook to {@code file} (parent folders created, an existing file replaced).
     *
     * @param before tables before the postings sheet (e.g. summary, baseline verdicts)
     * @param postings posting rows in {@link io.techdir.posting.PostingSchema} order, consumed once
     * @param after tables after the postings sheet (e.g. rejects, run manifest)
     * @throws IllegalArgumentException when two sheets would have the same name (Excel ignores
     *     case) or a posting row does not have one value per column
     */
    public static void write(Path file, List<Table> before, Iterator<Row> postings, List<Table> after,
            Language lang) throws IOException {
        write(file, before, postings, after, lang, PostingsSheetWriter.MAX_POSTINGS);
    }

    /** {@link #write(Path, List, Iterator, List, Language)} with at most {@code postingsPerSheet} postings a sheet. */
    static void write(Path file, List<Table> before, Iterator<Row> postings, List<Table> after,
            Language lang, int postingsPerSheet) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(postings, "postings");
        Objects.requireNonNull(lang, "lang");
        checkSheetNames(file, List.copyOf(before), List.copyOf(after), lang);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // close() also deletes the temporary files (POI 5: it calls dispose()).
        try (StreamingWorkbook wb = new StreamingWorkbook(ROW_WINDOW)) {
            SheetStyles styles = new SheetStyles(wb);
            for (Table t : before) {
                TableSheetWriter.write(wb, t, lang, styles);
            }
            PostingsSheetWriter.write(wb, postingsSheetName(lang), postings, styles, file.toString(), postingsPerSheet);
            for (Table t : after) {
                TableSheetWriter.write(wb, t, lang, styles);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void checkSheetNames(Path file, List<Table> before, List<Table> after, Language lang) {
        Map<String, String> seen = new HashMap<>();
        seen.put(postingsSheetName(lang).toLowerCase(Locale.ROOT), "the postings sheet");
        for (List<Table> tables : List.of(before, after)) {
            for (Table t : tables) {
                String sheet = t.sheet(lang);
                String other = seen.putIfAbsent(sheet.toLowerCase(Locale.ROOT), "table '" + t.name() + "'");
                if (other != null) {
                    throw new IllegalArgumentException(file + ": sheet name '" + sheet + "' of table '" + t.name()
                            + "' is already used by " + other + "; expected unique sheet names (Excel ignores case)");
                }
            }
        }
    }
}
