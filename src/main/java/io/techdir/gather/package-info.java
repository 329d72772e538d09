/**
 * Gathering: reading postings from file sources into {@link io.techdir.posting.SourceRecord}s.
 *
 * <p>Input: a source named on the command line as {@code KIND:LOCATION[?OPTIONS]} ({@link
 * io.techdir.gather.SourceSpec}): {@code csv:} for the generic CSV posting format (with optional
 * mappings for board exports such as HelloWork and Glassdoor, in {@code data/sources/}) and
 * {@code francetravail:} for France Travail "Offres d'emploi v2" JSON; {@code web:} crawls a board
 * (listing pages or a sitemap, politely: robots.txt, per-host delay, limits) into the raw landing
 * zone {@code data/raw/RUN/} and parses each stored page (JSON-LD, microdata, site profile);
 * {@code html:} replays a landing zone offline with the same parser; {@code francetravail-api:}
 * pages through the France Travail search API into the landing zone (see {@code
 * docs/sources-web.md}). Output: for every input
 * record exactly one {@link io.techdir.posting.RawPosting} (the published text, unchanged but for
 * surrounding white space) or one {@link io.techdir.posting.Reject} with a code and a
 * {@code file:line} message.
 *
 * <p>Invariants: readers ({@link io.techdir.gather.SourceReader}) are serializable and stream
 * (a file is never held whole in memory, so they run inside a Spark {@code flatMap}); every
 * record carries its provenance {@code FILE:LINE} (1-based line of the record's first line); a
 * file that breaks mid-way yields one {@code SOURCE_UNREADABLE} reject and ends (a CSV row whose
 * quoting cannot be parsed is one {@code MALFORMED_ROW} reject, and reading goes on); exceptions are
 * only for missing sources ({@link io.techdir.gather.SourceUnavailableException}), bad headers
 * ({@link io.techdir.gather.SourceFormatException}) and bad configuration
 * ({@link io.techdir.gather.BadSourceException}). Web and API sources fetch only in {@link
 * io.techdir.gather.SourceReader#files()} on the driver; reading a stored page is pure and
 * repeatable, and a failed page is a reject whose record is its URL. No interpretation happens here: salaries, experience and
 * degrees stay text for the normalizer.
 */
package io.techdir.gather;
