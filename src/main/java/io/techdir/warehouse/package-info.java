/**
 * The warehouse: Delta Lake tables that remember every run. {@code postings} (canonical postings
 * merged on the posting key, with {@code first_seen}/{@code last_seen}), {@code duplicates} (merged
 * on the posting id), {@code rejects} (merged on source and record) and {@code runs} (one row per
 * completed run, with its counts, the table versions it wrote and what is needed to rebuild its
 * report). Every write is one Delta commit: a run killed at any moment leaves every table at its
 * last committed version.
 */
package io.techdir.warehouse;
