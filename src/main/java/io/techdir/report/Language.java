package io.techdir.report;

/** The language of a workbook: sheet names and header labels. */
public enum Language {
    /** French. */
    FR,
    /** English. */
    EN
}
