/**
 * Evaluation: measures the normalizer against a hand-labelled set of real postings
 * ({@code src/test/resources/evaluation/}) and a labelled title set
 * ({@code src/test/resources/normalize/titles-*.csv}).
 *
 * <p>Input: a set folder holding input files (France Travail {@code .json}, board exports
 * {@code .csv}) and {@code labels-*.csv} files naming, per record ({@code file}, 1-based {@code n}),
 * what the normalized value must be; a folder of labelled titles. Each input file is read with
 * the pipeline's own readers ({@link io.techdir.gather.SourceReaders}) and each record normalized
 * exactly as a run does ({@code PostingNormalizer.standard().normalize(raw)}).
 *
 * <p>Output: an {@link io.techdir.evaluate.Evaluation}: per field, correct / total and accuracy for
 * the dev and holdout splits, both, and each input file; the gates (thresholds of issue 3) and
 * every miss with its expected and actual value and the posting's text. Invariants: a label whose
 * title differs from its record's title is an error naming both (the set is broken, not the
 * normalizer); a record the reader rejected is a miss in every field; nothing is written except
 * by {@link io.techdir.evaluate.EvaluationText#writeMissesCsv}.
 */
package io.techdir.evaluate;
