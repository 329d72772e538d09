/**
 * Small helpers over Spark itself, shared by the stages.
 *
 * <p>Input: nothing (this package depends on no other techdir package). Output:
 * {@link io.techdir.spark.HeldRows}, rows computed once and held by the executors for the later
 * queries of a run; {@link io.techdir.spark.SliceTally}, rows counted into Java objects (bit sets,
 * hash maps) per slice and merged, in one job.
 */
package io.techdir.spark;
