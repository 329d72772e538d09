package io.techdir.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An {@link SXSSFWorkbook} (rows beyond a window go to compressed temporary files, strings are
 * inline) whose hyperlinks are written without POI's per-link objects: each sheet's
 * {@link Hyperlinks} are added to the sheet's XML and relationships while the file is saved
 * ({@link HyperlinkEntrySource}), through SXSSF's {@code injectData} extension point.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    private final Map<String, Hyperlinks> linksByPart = new HashMap<>();

    StreamingWorkbook(int rowWindow) {
        super(null, rowWindow, true, false);
    }

    /** The hyperlinks of a sheet of this workbook (one registry per sheet). */
    Hyperlinks links(Sheet sheet) {
        String part = getXSSFWorkbook().getSheet(sheet.getSheetName()).getPackagePart().getPartName().getName();
        return linksByPart.computeIfAbsent(part.substring(1), p -> new Hyperlinks(Hyperlinks.MAX_PER_SHEET));
    }

    @Override
    protected void injectData(ZipEntrySource zipEntrySource, OutputStream out) throws IOException {
        super.injectData(new HyperlinkEntrySource(zipEntrySource, linksByPart), out);
    }
}
