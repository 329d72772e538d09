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
 * prepares each text once ({@code PreparedText}: cleaned, folded, tokenized on first use) and
 * hands it to every parser, and long patterns are tried only where their literal words occur
 * ({@code GatedPattern}); both give exactly what the public {@code String} methods give.
 * {@link io.techdir.normalize.NormalizeBenchmark} times the parsers on a CSV file.
 */
package io.techdir.normalize;
