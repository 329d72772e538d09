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
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            if (dialect.byteOrderMark()) {
                out.write('\uFEFF');
            }
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(dialect.delimiter())
                    .setQuoteMode(QuoteMode.MINIMAL)
                    .setRecordSeparator("\r\n")
                    .get();
            CSVPrinter printer = new CSVPrinter(out, format);
            printer.printRecord(header);
            return printer;
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }
}
