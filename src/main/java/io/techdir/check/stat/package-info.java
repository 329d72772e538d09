/**
 * Pure statistics for the market figures: quantiles with a median confidence interval
 * ({@link io.techdir.check.stat.Distribution}), proportions with a Wilson interval
 * ({@link io.techdir.check.stat.Share}) and the one small-cell rule
 * ({@link io.techdir.check.stat.Suppression}).
 *
 * <p>Input: plain numbers and counts (the check stage collects them from Spark). Output:
 * immutable records. Invariants: no I/O, no logging, no clock, no Spark; every method is a
 * deterministic function of its arguments, so the same figures come out of a unit test, a
 * Spark driver and a report.
 */
package io.techdir.check.stat;
