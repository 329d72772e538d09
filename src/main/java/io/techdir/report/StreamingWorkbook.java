package io.techdir.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An {@link SXSSFWorkbook} (rows beyond a window go to compressed temporary files, strings are
 * inline) with two additions made while the file is saved, through SXSSF's {@code injectData}
 * extension point:
 * <ul>
 * <li>hyperlinks are written without POI's per-link objects: each sheet's {@link Hyperlinks}
 *     are added to the sheet's XML and relationships ({@link HyperlinkEntrySource});
 * <li>a sheet may have its rows written by {@link RowXmlWriter} instead of SXSSF
 *     ({@link #writtenSheet(Sheet)}): that sheet's entry is left out of SXSSF's copy and stored,
 *     already deflated, when the package is finished ({@link WrittenSheet}).
 * </ul>
 * Package entries are deflated at {@link Deflater#BEST_SPEED}. {@link #close()} deletes all
 * temporary files.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    private final Map<String, Hyperlinks> linksByPart = new HashMap<>();
    private final Map<String, WrittenSheet> writtenByPart = new LinkedHashMap<>();
    private ZipEntrySource saving;

    StreamingWorkbook(int rowWindow) {
        super(null, rowWindow, true, false);
    }

    /** The hyperlinks of a sheet of this workbook (one registry per sheet). */
    Hyperlinks links(Sheet sheet) {
        return linksByPart.computeIfAbsent(part(sheet), p -> new Hyperlinks(Hyperlinks.MAX_PER_SHEET));
    }

    /**
     * Makes {@code sheet} a sheet whose rows are written by a {@link RowXmlWriter} into the
     * returned part; the sheet must get no rows through POI.
     */
    WrittenSheet writtenSheet(Sheet sheet) throws IOException {
        String part = part(sheet);
        if (writtenByPart.containsKey(part)) {
            throw new IllegalStateException(part + ": rows already written; expected one writer per sheet");
        }
        WrittenSheet written = new WrittenSheet(part);
        writtenByPart.put(part, written);
        return written;
    }

    private String part(Sheet sheet) {
        return getXSSFWorkbook().getSheet(sheet.getSheetName()).getPackagePart().getPartName().getName().substring(1);
    }

    @Override
    protected void injectData(ZipEntrySource zipEntrySource, OutputStream out) throws IOException {
        saving = new HyperlinkEntrySource(zipEntrySource, linksByPart);
        try {
            super.injectData(writtenByPart.isEmpty() ? saving : new Without(saving, writtenByPart.keySet()), out);
        } finally {
            saving = null;
        }
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            @Override
            public void finish() throws IOException {
                // SXSSF calls finish() after copying the entries and before closing the source.
                writeWrittenSheets(this);
                super.finish();
            }
        };
        // Zip64 records only for an entry that needs them: LibreOffice 7.4 refuses a package whose
        // every entry has them (commons-compress with SXSSF's default Zip64Mode.Always).
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    private void writeWrittenSheets(ZipArchiveOutputStream zip) throws IOException {
        if (saving == null) {
            return;
        }
        ZipEntrySource source = saving;
        saving = null; // finish() may be called again by close()
        for (Map.Entry<String, WrittenSheet> e : writtenByPart.entrySet()) {
            ZipArchiveEntry template = source.getEntry(e.getKey());
            if (template == null) {
                throw new IllegalStateException(e.getKey() + ": no such part in the package; expected the sheet");
            }
            try (InputStream in = source.getInputStream(template)) {
                e.getValue().write(zip, in);
            }
        }
    }

    /** Deletes the temporary files (SXSSF's and the written sheets'). */
    @Override
    public void close() throws IOException {
        try {
            for (WrittenSheet w : writtenByPart.values()) {
                w.close();
            }
        } finally {
            super.close();
        }
    }

    /** A package without some entries (written later by {@link #writeWrittenSheets}). */
    private static final class Without implements ZipEntrySource {
        private final ZipEntrySource source;
        private final Set<String> hidden;

        Without(ZipEntrySource source, Set<String> hidden) {
            this.source = source;
            this.hidden = hidden;
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            List<ZipArchiveEntry> kept = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(source.getEntries())) {
                if (!hidden.contains(e.getName())) {
                    kept.add(e);
                }
            }
            return Collections.enumeration(kept);
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return hidden.contains(path) ? null : source.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return source.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            source.close();
        }

        @Override
        public boolean isClosed() {
            return source.isClosed();
        }
    }
}
