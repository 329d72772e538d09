/**
 * Report writers: the generic table model and the CSV and Excel writers.
 *
 * <p>Input: {@link io.techdir.report.Table}s (small: the statistics the check stage computes,
 * built by the job) and posting rows (Spark {@link org.apache.spark.sql.Row}s in
 * {@link io.techdir.posting.PostingSchema} column order, possibly millions, streamed). Output:
 * one CSV file per table ({@link io.techdir.report.CsvTableWriter}), the postings CSV
 * ({@link io.techdir.report.PostingsCsvWriter}) and one XLSX workbook
 * ({@link io.techdir.report.WorkbookWriter}).
 *
 * <p>Invariants: text is always written as text, never as a formula (CSV text is neutralized
 * against formula injection by {@link io.techdir.report.CsvSafety}; workbook text goes into
 * string cells); numbers are written as numbers and never altered; a cell holding
 * {@link io.techdir.report.Suppressed#INSTANCE} prints {@value io.techdir.report.Suppressed#LABEL};
 * memory does not grow with the number of postings. The writers compute nothing: statistics
 * come from {@code io.techdir.check.stat}.
 */
package io.techdir.report;
