/**
 * Normalization: turning a {@link io.techdir.posting.RawPosting} into a
 * {@link io.techdir.posting.Posting} by the rules of NORMALIZATION.md.
 *
 * <p>Input: a raw posting as gathered (published text, unchanged). Output: exactly one posting
 * ({@link io.techdir.normalize.PostingNormalizer#normalize}); a field the text does not state
 * is its UNKNOWN value or empty, never an exception. Each field has its own public parser
 * ({@link io.techdir.normalize.SalaryParser}, {@link io.techdir.normalize.ExperienceParser},
 * {@link io.techdir.normalize.DegreeParser}, {@link io.techdir.normalize.ContractParser},
 * {@link io.techdir.normalize.RemoteWorkParser}, {@link io.techdir.normalize.RoleClassifier},
 * {@link io.techdir.normalize.LocationParser}, {@link io.techdir.normalize.EmployerParser},
 * {@link io.techdir.normalize.SkillsDetector}, {@link io.techdir.normalize.PriorRoleDetector});
 * {@link io.techdir.normalize.TextHygiene} cleans every text first.
 *
 * <p>Invariants: parsers are pure (no I/O after loading their reference tables from the
 * classpath, no logging, no clock), deterministic, independent of the default locale, and
 * serializable or stateless, so one instance serves a whole Spark job. For speed the normalizer
 * prepares each text once ({@code PreparedText}: cleaned, folded, tokenized on first use; a
 * text whose characters fold alike in the three folds is folded once, {@code FoldedText}) and
 * hands it to every parser; long patterns are tried only where their literal words occur
 * ({@code GatedPattern}), found once per text ({@code FoldedText.occurrences}, behind a trigram
 * filter; literals of one or two characters are searched between the trigger windows only), and
 * a pattern whose matches are not needed, only whether one exists, stops at its first
 * ({@code FoldedText.anyNear}); words become strings only when a keyword scanner asks ({@code TokenList}); cheap
 * literal tests skip patterns that cannot match; short fields that come back (contract,
 * location, company, experience, degree and salary fields, titles) are read once
 * ({@code Memo}, bounded); common HTML entities are unescaped by hand, the rest by jsoup. All
 * give exactly what the public {@code String} methods give (checked on 44 302 postings).
 * {@link io.techdir.normalize.NormalizeBenchmark} times the parsers on a CSV file
 * ({@code bin/techdir bench-parsers}).
 */
package io.techdir.normalize;
