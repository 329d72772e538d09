/**
 * Synthetic job postings, for scale tests and for a clearly labelled technical-director sample.
 *
 * <p>Input: {@link io.techdir.generate.GeneratorSettings} (row count, seed, profile) and the
 * vocabularies under {@code /generate/} on the classpath (titles, places, sentence templates,
 * invented employer names). Output: one file in the generic CSV posting format
 * (CSV-INPUT.md), written by {@link io.techdir.generate.PostingGenerator}, with the documented
 * extension column {@code source}, always {@code synthetic}.
 *
 * <p>Invariants: the same settings give a byte-identical file (only seeded
 * {@link java.util.SplittableRandom}, {@link java.lang.StrictMath}, no clock, no default
 * locale); every row is a pure function of the seed and its position, so a run streams in
 * constant memory; URLs use the reserved {@code .invalid} domain and employer names are
 * invented, so no row pretends to come from a real board or employer. The
 * {@link io.techdir.generate.GeneratorProfile#MARKET} profile mixes the salary, experience and
 * degree forms seen in the real files with exact duplicates, near-duplicates, bad rows,
 * multi-line descriptions, HTML entities and spreadsheet-injection prefixes; the
 * {@link io.techdir.generate.GeneratorProfile#TECHNICAL_DIRECTOR} profile draws its figures from
 * the assumptions documented in {@code data/samples/synthetic/README.md}.
 *
 * <p>{@link io.techdir.generate.CareerGenerator} writes synthetic career histories in the
 * career-path CSV format ({@code person,order,title,start,end}, marked {@code # origin: SYNTHETIC}),
 * from the invented proportions documented in {@code data/samples/careers/README.md}.
 */
package io.techdir.generate;
