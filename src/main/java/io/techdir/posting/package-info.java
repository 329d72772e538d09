/**
 * The one posting schema every stage shares.
 *
 * <p>Input: nothing (this package depends on no other techdir package). Output: the value types
 * that flow one way through the pipeline: {@link io.techdir.posting.RawPosting} (as gathered),
 * {@link io.techdir.posting.Reject} (an input record that could not become a posting, with its
 * reason), {@link io.techdir.posting.Posting} (normalized), and {@link
 * io.techdir.posting.PostingSchema}, the single place where column names, their order and their
 * Spark types are defined.
 */
package io.techdir.posting;
