package io.techdir.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Page setup of the workbook's sheets: A4 landscape, narrow margins, the header row repeated at
 * the top of every printed page, and a footer with the sheet name and page number. A table
 * sheet also prints fit to one page wide (as many pages high as needed); the postings sheet,
 * with its ~55 columns, prints at full size across several pages.
 */
final class PrintLayout {

    /** Footer: sheet name, then page N / M. */
    static final String FOOTER = "&A — &P / &N";

    private PrintLayout() {
    }

    /** A table sheet: landscape, one page wide, header row repeated. */
    static void table(Sheet sheet) {
        common(sheet);
        sheet.setFitToPage(true);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
    }

    /** The postings sheet: landscape, header row repeated, not scaled. */
    static void postings(Sheet sheet) {
        common(sheet);
    }

    private static void common(Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.2);
        sheet.setMargin(Sheet.FooterMargin, 0.25);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getFooter().setCenter(FOOTER);
    }
}
