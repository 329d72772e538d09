package io.techdir.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Opens a CSV printer for a dialect: UTF-8, optional BOM, RFC 4180 quoting, header row. */
final class CsvFiles {

    private CsvFiles() {
    }

    static CSVPrinter open(Path file, CsvDialect dialect, List<String> header) throws IOException {
        createParent(file);
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            if (dialect.byteOrderMark()) {
                out.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(out, format(dialect));
            printer.printRecord(header);
            return printer;
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** The Commons CSV format of a dialect (what {@link CsvRecordEncoder} writes byte for byte). */
    static CSVFormat format(CsvDialect dialect) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\r\n")
                .get();
    }

    /** Creates the folders above {@code file}. */
    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
