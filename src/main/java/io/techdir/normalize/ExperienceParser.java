package io.techdir.normalize;

import io.techdir.posting.Experience;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a posting's experience requirement (NORMALIZATION.md, "Experience") into decimal years.
 *
 * <p>Precedence: the dedicated field wins when it carries a value and is taken whole ("2 An(s)"
 * gives min 2, no max, whatever the text says); "Débutant accepté" is a value (0). A field
 * without a value ("Expérience exigée", "Senior") gives way to the first figure the description
 * states as a requirement, flagged {@value #FROM_DESCRIPTION}. Where field and description
 * disagree, the field wins and {@value #EXPERIENCE_CONFLICT} is set. Pure and stateless: safe
 * inside Spark map functions.
 */
public final class ExperienceParser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Flag: the field and the description state different figures; the field was kept. */
    public static final String EXPERIENCE_CONFLICT = "EXPERIENCE_CONFLICT";
    /** Flag: the figure was read from the description text. */
    public static final String FROM_DESCRIPTION = "FROM_DESCRIPTION";

    /** Longest excerpt kept in {@link Experience#text()}. */
    static final int MAX_TEXT = 120;

    private static final Pattern BEGINNER = Pattern.compile(
            "\\b(?:debutante?s?(?:\\(e\\))? acceptee?s?|debutante?s?|sans experience|aucune experience"
                    + "|no experience|entry[- ]level|premier emploi|first job)\\b");
    private static final Pattern NOT_BEGINNER = Pattern.compile(
            "\\b(?:non|pas|not|no)\\s+(?:de\\s+)?debutant|debutante?s? (?:non acceptee?s?|s'abstenir|refusee?s?)");
    /** A description opening the job to beginners, with no figure: "tout profil même débutant". */
    private static final GatedPattern DESCRIPTION_BEGINNER = GatedPattern.of(
            "\\b(?:debutante?s?(?:\\(e\\))? acceptee?s?|meme debutante?s?|debutante?s? bienvenue?s?"
                    + "|no experience (?:required|necessary|needed)|aucune experience (?:requise|exigee|necessaire))\\b",
            "\\bdebutant", "\\bmeme debutant", "\\bno experience", "\\baucune experience");
    private static final Pattern REQUIRED = Pattern.compile(
            "\\b(?:exigee?s?|exige|requise?s?|required|requires?|requiert|obligatoire|imperative?|indispensable|must)\\b");
    /**
     * The {@link #PREFERRED} adverbs, which may bear on what follows them ("preferably with Java"),
     * unlike the adjectives, which bear on the figure ("5 ans souhaités dans le conseil").
     */
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("preferably", "ideally", "idealement");
    /** After a preference adverb, the start of a domain: "preferably with ...", "idéalement dans ...". */
    private static final Pattern DOMAIN_AFTER = Pattern.compile(
            ",? ?(?:with|in|within|related to|dans|en|sur|au|aux|chez)\\b");
    private static final Pattern PREFERRED = Pattern.compile(
            "\\b(?:souhaitee?s?|souhaitable|appreciee?s?|idealement|preferred|preferably|ideally|desired"
                    + "|un plus|a plus|bienvenue?|debutante?s?)\\b");

    /**
     * Parses an experience requirement.
     *
     * @param field the dedicated experience field ("5 An(s)", "12 Mois", "Débutant accepté",
     *     "Expérience exigée", "3 à 5 ans", "Senior"), or null
     * @param requirement France Travail {@code experienceExige} code: "E" (exigée), "S"
     *     (souhaitée), "D" (débutant accepté), or null
     * @param description the posting's full text, or null
     * @return the requirement; {@link Experience#UNKNOWN} when nothing is stated (never null).
     *     Flags: {@value #EXPERIENCE_CONFLICT} (field and text disagree; field wins),
     *     {@value #FROM_DESCRIPTION} (figure read from the text). The text is the field, or the
     *     excerpt the figure came from (at most {@value #MAX_TEXT} characters).
     */
    public Experience parse(String field, String requirement, String description) {
        return parsePrepared(field, requirement, PreparedText.of(description));
    }

    /** {@link #parse(String, String, String)} of a prepared description. */
    Experience parsePrepared(String field, String requirement, PreparedText description) {
        FieldReading read = field == null && requirement == null ? NO_FIELD
                : FIELDS.get(new FieldKey(field, requirement), ExperienceParser::readField);
        FoldedText d = description.folded();
        Optional<ExperienceFigure> fromField = read.figure();
        Optional<ExperienceFigure> fromText = d.isBlank() ? Optional.empty() : fromDescription(d);
        Boolean required = read.required();
        String fieldText = read.text();

        if (fromField.isPresent()) {
            ExperienceFigure figure = fromField.get();
            List<String> flags = new ArrayList<>();
            if (fromText.isPresent() && !figure.agreesWith(fromText.get())) {
                flags.add(EXPERIENCE_CONFLICT);
            }
            return new Experience(figure.min(), figure.max(), required, fieldText, flags);
        }
        if (fromText.isPresent()) {
            ExperienceFigure figure = fromText.get();
            if (required == null) {
                required = clauseRequirement(d, figure);
            }
            return new Experience(figure.min(), figure.max(), required,
                    d.excerpt(figure.start(), figure.end(), MAX_TEXT), List.of(FROM_DESCRIPTION));
        }
        MatchResult beginner = beginnerPhrase(d);
        if (beginner != null) {
            // no figure anywhere, but the text opens the job to beginners: 0, not required
            return new Experience(0.0, null, required == null ? Boolean.FALSE : required,
                    d.excerpt(beginner.start(), beginner.end(), MAX_TEXT), List.of(FROM_DESCRIPTION));
        }
        if (fieldText != null || required != null) {
            return new Experience(null, null, required, fieldText, List.of());
        }
        return Experience.UNKNOWN;
    }

    /**
     * The description's figure: the first stated as a requirement, or the lowest path of
     * alternatives tied to degrees ({@link ExperienceAlternatives}).
     */
    private static Optional<ExperienceFigure> fromDescription(FoldedText d) {
        ExperienceScanner.Figures figures = ExperienceScanner.figures(d);
        ExperienceFigure first = figures.next();
        if (first == null || !ExperienceAlternatives.startsChain(d, first)) {
            return Optional.ofNullable(first); // the common case: one scan, stopped at the first figure
        }
        // a chain of alternatives: the figures after the first, read on from it
        List<ExperienceFigure> chain = new ArrayList<>(4);
        chain.add(first);
        return Optional.of(ExperienceAlternatives.choose(d, figures.upTo(chain, MAX_ALTERNATIVES)));
    }

    /** Whether a description without any figure opens the job to beginners ("même débutant"). */
    static boolean opensToBeginners(FoldedText d) {
        return beginnerPhrase(d) != null;
    }

    /**
     * The first {@link #DESCRIPTION_BEGINNER} phrase of the text, or null: looked for only where
     * one of its first words occurs.
     */
    private static MatchResult beginnerPhrase(FoldedText d) {
        if (!mayOpenToBeginners(d)) {
            return null;
        }
        List<MatchResult> found = DESCRIPTION_BEGINNER.findAll(d.folded(), d);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Whether the text holds a word every {@link #DESCRIPTION_BEGINNER} match holds (a cheap test
     * first: the text was just read, so a search through it costs less than the index).
     */
    private static boolean mayOpenToBeginners(FoldedText d) {
        return !d.isBlank() && containsAny(d.folded(), "debutant", "no experience", "aucune experience");
    }

    /** Figures read from a description at most (a chain of alternatives is short). */
    private static final int MAX_ALTERNATIVES = 6;

    /** The dedicated field and the requirement code. */
    private record FieldKey(String field, String requirement) {

        // plain field comparisons: every posting with a field looks one up
        @Override
        public boolean equals(Object o) {
            return o instanceof FieldKey k && Objects.equals(field, k.field) && Objects.equals(requirement, k.requirement);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(field) + Objects.hashCode(requirement);
        }
    }

    /** What the field and the code say: its figure, whether required, its text. */
    private record FieldReading(Optional<ExperienceFigure> figure, Boolean required, String text) {
    }

    /** {@link #readField} of the fields already seen. */
    private static final Memo<FieldKey, FieldReading> FIELDS = new Memo<>(4096);
    /** What neither a field nor a code says (most descriptions come alone). */
    private static final FieldReading NO_FIELD = readField(new FieldKey(null, null));

    private static FieldReading readField(FieldKey key) {
        FoldedText f = FoldedText.of(key.field());
        return new FieldReading(fieldFigure(f, key.requirement()), required(key.requirement(), f),
                f.isBlank() ? null : f.excerpt(0, f.original().length(), MAX_TEXT));
    }

    /** The field's figure: "débutant" (alone or as an alternative) is 0, else the first figure. */
    private static Optional<ExperienceFigure> fieldFigure(FoldedText f, String requirement) {
        String s = f.folded().replace('_', ' ');
        boolean beginner = mayNameBeginner(s) && BEGINNER.matcher(s).find() && !NOT_BEGINNER.matcher(s).find()
                || f.isBlank() && "D".equalsIgnoreCase(strip(requirement));
        if (beginner) {
            return Optional.of(new ExperienceFigure(0.0, null, 0, s.length()));
        }
        return ExperienceScanner.first(FoldedText.of(s), true);
    }

    /** From the code, else from the field's words; null when neither says. */
    private static Boolean required(String requirement, FoldedText field) {
        String code = FoldedText.fold(strip(requirement));
        if (code.equals("e") || mayRequire(code) && REQUIRED.matcher(code).find()) {
            return Boolean.TRUE;
        }
        if (code.equals("s") || code.equals("d") || mayPrefer(code) && PREFERRED.matcher(code).find()) {
            return Boolean.FALSE;
        }
        String s = field.folded();
        if (mayRequire(s) && REQUIRED.matcher(s).find() && !NOT_BEGINNER.matcher(s).find()) {
            return Boolean.TRUE;
        }
        if (mayPrefer(s) && PREFERRED.matcher(s).find()) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * "exigée"/"required" or "souhaitée"/"idéalement" in the clause of a description figure; else
     * what the heading it stands under says ({@link RequirementHeading}: "Requirements",
     * "Preferred Qualifications").
     */
    private static Boolean clauseRequirement(FoldedText d, ExperienceFigure figure) {
        Boolean said = clauseSays(d, figure);
        return said != null ? said : RequirementHeading.of(d.folded(), d.original(), figure.start());
    }

    /**
     * False for a preference word in the figure's clause, true for a requirement word, else null. A
     * preference adverb after the figure that introduces a domain ("5 years of experience,
     * preferably with claims data", "idéalement dans le conseil") is the domain's, not the
     * figure's: passed over.
     */
    private static Boolean clauseSays(FoldedText d, ExperienceFigure figure) {
        String clause = figure.clause(d);
        if (mayPrefer(clause)) {
            int figureEnd = figure.end() - figure.clauseStartIn(d);
            Matcher m = PREFERRED.matcher(clause);
            while (m.find()) {
                if (m.start() < figureEnd || !ADVERBS.contains(m.group())
                        || !DOMAIN_AFTER.matcher(clause).region(m.end(), clause.length()).lookingAt()) {
                    return Boolean.FALSE;
                }
            }
        }
        if (mayRequire(clause) && REQUIRED.matcher(clause).find()) {
            return Boolean.TRUE;
        }
        return null;
    }

    /**
     * For {@code explain}: what says whether a description figure is required, as
     * {@link #clauseRequirement} reads it ("a word of its clause", "the heading above it,
     * 'requirements'"), or null when nothing does.
     */
    static String requirementSource(FoldedText d, ExperienceFigure figure) {
        if (clauseSays(d, figure) != null) {
            return "a word of its clause";
        }
        String heading = RequirementHeading.find(d.folded(), d.original(), figure.start());
        return heading == null || RequirementHeading.says(heading) == null ? null
                : "the heading above it, '" + heading + "'";
    }

    /** Whether {@code s} holds a word every {@link #REQUIRED} match holds (a cheap test first). */
    private static boolean mayRequire(String s) {
        return containsAny(s, "exig", "requi", "obligatoire", "imperati", "indispensable", "must");
    }

    /** Whether {@code s} holds a word every {@link #PREFERRED} match holds. */
    private static boolean mayPrefer(String s) {
        return containsAny(s, "souhait", "apprecie", "idealement", "prefer", "ideally", "desired", "un plus", "a plus",
                "bienvenu", "debutant");
    }

    /** Whether {@code s} holds a word every {@link #BEGINNER} match holds. */
    private static boolean mayNameBeginner(String s) {
        return containsAny(s, "debutant", "experience", "entry", "premier emploi", "first job");
    }

    private static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
