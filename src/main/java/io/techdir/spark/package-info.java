/**
 * Small helpers over Spark itself, shared by the stages.
 *
 * <p>Input: nothing (this package depends on no other techdir package). Output:
 * {@link io.techdir.spark.HeldRows}, rows computed once and held by the executors for the later
 * queries of a run.
 */
package io.techdir.spark;
