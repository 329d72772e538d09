package io.techdir.report;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Compares two workbooks cell by cell with POI's streaming reader (a million-row sheet does not
 * fit POI's in-memory model): every sheet, in order, its name, and per cell its position, type,
 * value (shared strings resolved) and style's number format, font, fill and alignment; plus
 * each sheet's XML outside {@code <sheetData>} (views, autofilter, hyperlinks, conditional
 * formatting). Prints the differences; exits 1 when any.
 *
 * <p>Usage: {@code WorkbookCellsDiff A.xlsx B.xlsx [IGNORED_CELL...]} where an ignored cell is
 * {@code Sheet!A1} (e.g. the run id, which differs between two runs).
 */
public final class WorkbookCellsDiff {

    private WorkbookCellsDiff() {
    }

    /** One cell as read. */
    record Cell(String sheet, String ref, String type, String value, String style) {
    }

    public static void main(String[] args) throws Exception {
        List<String> ignored = List.of(args).subList(2, args.length);
        List<String> diffs = diff(Path.of(args[0]), Path.of(args[1]), ignored, 50);
        diffs.forEach(System.out::println);
        System.out.println(diffs.isEmpty() ? "identical cells" : "DIFFERENT");
        System.exit(diffs.isEmpty() ? 0 : 1);
    }

    /** The differences (at most {@code max}); empty when the cells are identical. */
    static List<String> diff(Path a, Path b, List<String> ignored, int max) throws Exception {
        List<String> diffs = new ArrayList<>();
        try (OPCPackage pa = OPCPackage.open(a.toFile(), PackageAccess.READ);
                OPCPackage pb = OPCPackage.open(b.toFile(), PackageAccess.READ)) {
            Book ba = new Book(pa);
            Book bb = new Book(pb);
            if (!ba.names.equals(bb.names)) {
                diffs.add("sheet names: " + ba.names + " vs " + bb.names);
                return diffs;
            }
            for (int i = 0; i < ba.names.size(); i++) {
                List<Cell> ca = new ArrayList<>();
                String name = ba.names.get(i);
                String restA = ba.cells(i, ca::add);
                long[] n = {0};
                String restB = bb.cells(i, y -> {
                    Cell x = n[0] < ca.size() ? ca.get((int) n[0]) : null;
                    n[0]++;
                    if (!Objects.equals(x, y) && !(x != null && x.ref().equals(y.ref())
                            && ignored.contains(name + "!" + x.ref())) && diffs.size() < max) {
                        diffs.add(name + " cell " + n[0] + ": " + x + " vs " + y);
                    }
                });
                if (n[0] < ca.size() && diffs.size() < max) {
                    diffs.add(name + ": " + (ca.size() - n[0]) + " more cells in the first, from " + ca.get((int) n[0]));
                }
                if (!restA.equals(restB)) {
                    diffs.add(name + ": sheet XML outside <sheetData> differs");
                }
                System.err.println(name + ": " + n[0] + " cells compared");
            }
        }
        return diffs;
    }

    /** A workbook's sheets, shared strings and styles. */
    private static final class Book {
        final List<String> names = new ArrayList<>();
        final List<String> parts = new ArrayList<>();
        final XSSFReader reader;
        final ReadOnlySharedStringsTable strings;
        final StylesTable styles;

        Book(OPCPackage pkg) throws Exception {
            reader = new XSSFReader(pkg);
            strings = new ReadOnlySharedStringsTable(pkg);
            styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
                parts.add(it.getSheetPart().getPartName().getName());
            }
        }

        /** Hands every cell of sheet {@code i} over; returns the sheet's XML outside sheetData. */
        String cells(int i, Consumer<Cell> sink) throws Exception {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int k = 0; k < i; k++) {
                it.next().close();
            }
            String sheet = names.get(i);
            StringBuilder rest = new StringBuilder();
            try (InputStream in = it.next()) {
                SAXParserFactory f = SAXParserFactory.newInstance();
                f.setNamespaceAware(true);
                f.newSAXParser().parse(in, new DefaultHandler() {
                    boolean inData;
                    int row;
                    int column = -1;
                    String ref;
                    String type;
                    String style;
                    StringBuilder text;

                    @Override
                    public void startElement(String uri, String local, String q, Attributes atts) {
                        if (local.equals("sheetData")) {
                            inData = true;
                        } else if (!inData) {
                            rest.append('<').append(local);
                            for (int a = 0; a < atts.getLength(); a++) {
                                rest.append(' ').append(atts.getLocalName(a)).append('=').append(atts.getValue(a));
                            }
                            rest.append('>');
                        } else if (local.equals("row")) {
                            String r = atts.getValue("r");
                            row = r == null ? row + 1 : Integer.parseInt(r);
                            column = -1;
                        } else if (local.equals("c")) {
                            String r = atts.getValue("r");
                            column = r == null ? column + 1 : new CellReference(r).getCol();
                            ref = CellReference.convertNumToColString(column) + row;
                            type = atts.getValue("t") == null ? "n" : atts.getValue("t");
                            style = styleOf(atts.getValue("s"));
                            text = new StringBuilder();
                        } else if (local.equals("f")) {
                            type = type + "+formula";
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (inData && text != null) {
                            text.append(ch, start, length);
                        } else if (!inData) {
                            rest.append(ch, start, length);
                        }
                    }

                    @Override
                    public void endElement(String uri, String local, String q) {
                        if (local.equals("sheetData")) {
                            inData = false;
                        } else if (inData && local.equals("c")) {
                            String value = text.toString();
                            String t = type;
                            if (t.equals("s")) {
                                value = strings.getItemAt(Integer.parseInt(value.strip())).getString();
                                t = "string";
                            } else if (t.equals("inlineStr")) {
                                t = "string";
                            }
                            sink.accept(new Cell(sheet, ref, t, value, style));
                            text = null;
                        } else if (!inData) {
                            rest.append("</").append(local).append('>');
                        }
                    }
                });
            }
            return rest.toString();
        }

        private final java.util.Map<String, String> styleCache = new java.util.HashMap<>();

        private String styleOf(String index) {
            return styleCache.computeIfAbsent(index == null ? "0" : index, this::describeStyle);
        }

        private String describeStyle(String index) {
            XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(index));
            return s.getDataFormatString() + "|" + s.getFont().getCTFont().toString().replaceAll("\\s+", " ").replaceAll("</?xml-fragment[^>]*>", "") + "|" + s.getFillForegroundColorColor()
                    + "|" + s.getAlignment() + "|" + s.getWrapText() + "|" + s.getQuotePrefixed();
        }
    }

}
