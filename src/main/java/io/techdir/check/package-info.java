/**
 * The check stage: each posting against the documented baseline ({@link io.techdir.check.PostingChecker}),
 * the market statistics over canonical postings ({@link io.techdir.check.MarketStatistics}), the
 * career-path transitions out of technical-director positions ({@link io.techdir.check.CareerCsv},
 * {@link io.techdir.check.CareerPaths}), and the verdicts on the baseline's claims
 * ({@link io.techdir.check.BaselineVerdicts}).
 *
 * <p>Input: normalized, deduplicated postings (Spark rows in {@link io.techdir.posting.PostingSchema}
 * order) and parsed career files. Output: values ({@link io.techdir.check.MarketReport},
 * {@link io.techdir.check.CareerReport}) for the report stage. Invariants: REAL and SYNTHETIC
 * figures are never mixed (every figure carries its origin); exact figures are computed on the
 * driver by {@link io.techdir.check.stat}; a bad career row is a reject with its {@code file:line},
 * never dropped silently.
 */
package io.techdir.check;
