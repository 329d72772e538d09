package io.techdir.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.util.CellReference;

/**
 * The workbook's package as SXSSF saves it, with hyperlinks added: for each sheet with links,
 * a {@code <hyperlinks>} element in the sheet XML (SpreadsheetML puts it after
 * {@code conditionalFormatting} and {@code dataValidations}, before {@code printOptions} /
 * {@code pageMargins}) and one external relationship per link in the sheet's
 * {@code _rels/sheetN.xml.rels}. The sheet XML seen here is SXSSF's small template (the rows
 * are injected later), and both additions are generated in chunks while they are copied, so no
 * whole document is built in memory.
 */
final class HyperlinkEntrySource implements ZipEntrySource {

    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String HYPERLINK_TYPE = RELATIONSHIPS_NS + "/hyperlink";

    private static final Pattern AFTER_HYPERLINKS = Pattern.compile("<(printOptions|pageMargins|pageSetup"
            + "|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing"
            + "|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts"
            + "|extLst)[\\s/>]|</worksheet>");
    private static final Pattern WORKSHEET_TAG = Pattern.compile("<worksheet[\\s>]");

    private final ZipEntrySource source;
    private final Map<String, Hyperlinks> sheets = new HashMap<>();
    private final Map<String, String> relsToSheet = new HashMap<>();
    private final List<ZipArchiveEntry> added = new ArrayList<>();

    HyperlinkEntrySource(ZipEntrySource source, Map<String, Hyperlinks> linksByPart) {
        this.source = source;
        linksByPart.forEach((part, links) -> {
            if (!links.links().isEmpty()) {
                sheets.put(part, links);
                String rels = relsName(part);
                relsToSheet.put(rels, part);
                if (source.getEntry(rels) == null) {
                    added.add(new ZipArchiveEntry(rels));
                }
            }
        });
    }

    /** {@code xl/worksheets/sheet2.xml} → {@code xl/worksheets/_rels/sheet2.xml.rels}. */
    static String relsName(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        List<ZipArchiveEntry> all = new ArrayList<>(Collections.list(source.getEntries()));
        all.addAll(added);
        return Collections.enumeration(all);
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        ZipArchiveEntry e = source.getEntry(path);
        if (e != null) {
            return e;
        }
        return added.stream().filter(a -> a.getName().equals(path)).findFirst().orElse(null);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        String name = entry.getName();
        Hyperlinks links = sheets.get(name);
        if (links != null) {
            return sheetWithLinks(name, read(entry), links.links());
        }
        String sheet = relsToSheet.get(name);
        if (sheet != null) {
            ZipArchiveEntry existing = source.getEntry(name);
            return relationships(existing == null ? null : read(existing), sheets.get(sheet).links());
        }
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

    private String read(ZipArchiveEntry entry) throws IOException {
        try (InputStream in = source.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sheet template with {@code xmlns:r} on its root and the {@code <hyperlinks>} element. */
    static InputStream sheetWithLinks(String part, String xml, List<Hyperlinks.Link> links) {
        if (xml.contains("<hyperlinks")) {
            throw new IllegalStateException(part + ": sheet already has hyperlinks; expected none from POI");
        }
        String declaration = "xmlns:r=\"" + RELATIONSHIPS_NS + "\"";
        if (!xml.contains(declaration)) {
            if (xml.contains("xmlns:r=")) {
                throw new IllegalStateException(part + ": prefix r bound to another namespace; expected " + RELATIONSHIPS_NS);
            }
            Matcher root = WORKSHEET_TAG.matcher(xml);
            if (!root.find()) {
                throw new IllegalStateException(part + ": no <worksheet> root element; expected SpreadsheetML");
            }
            int at = root.start() + "<worksheet".length();
            xml = xml.substring(0, at) + " " + declaration + xml.substring(at);
        }
        int sheetData = xml.indexOf("<sheetData");
        Matcher m = AFTER_HYPERLINKS.matcher(xml);
        if (sheetData < 0 || !m.find(sheetData)) {
            throw new IllegalStateException(part + ": no place for <hyperlinks> after <sheetData>; expected SpreadsheetML");
        }
        String before = xml.substring(0, m.start()) + "<hyperlinks>";
        String after = "</hyperlinks>" + xml.substring(m.start());
        return ChunkedInputStream.of(before, links.size(), i -> {
            Hyperlinks.Link l = links.get(i);
            return "<hyperlink ref=\"" + new CellReference(l.row(), l.column()).formatAsString(false)
                    + "\" r:id=\"" + id(i) + "\"/>";
        }, after);
    }

    /** The sheet's relationships: the existing ones (if any) and one external hyperlink per link. */
    static InputStream relationships(String existing, List<Hyperlinks.Link> links) {
        String before;
        String after;
        if (existing == null) {
            before = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                    + PACKAGE_RELATIONSHIPS_NS + "\">";
            after = "</Relationships>";
        } else {
            int end = existing.lastIndexOf("</Relationships>");
            if (end < 0 || existing.contains("Id=\"" + id(0) + "\"")) {
                throw new IllegalStateException("sheet relationships: unexpected content; expected <Relationships>"
                        + " without ids " + id(0) + "...");
            }
            before = existing.substring(0, end);
            after = existing.substring(end);
        }
        return ChunkedInputStream.of(before, links.size(), i -> "<Relationship Id=\"" + id(i) + "\" Type=\"" + HYPERLINK_TYPE
                + "\" Target=\"" + escape(links.get(i).address()) + "\" TargetMode=\"External\"/>", after);
    }

    static String id(int index) {
        return "rIdLink" + (index + 1);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
