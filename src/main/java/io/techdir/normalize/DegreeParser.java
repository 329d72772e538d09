package io.techdir.normalize;

import io.techdir.posting.ContractType;
import io.techdir.posting.Degree;
import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a posting's degree requirement (NORMALIZATION.md, "Degrees"): the minimum level asked,
 * the kinds of degree or school named, and the disciplines.
 *
 * <p>Alternatives give the lowest level listed ("Bac+3/5" = BAC_3, "Master ou Doctorat" =
 * BAC_5). The dedicated field wins when it names a level (several requirements joined by
 * {@code " ; "}: the lowest); otherwise the level comes from the first clause of the
 * description that names one, flagged {@value #FROM_DESCRIPTION}. Where both name a level and
 * the description's lies outside the field's band ("Bac+3, Bac+4 ou équivalents" is BAC_3 to
 * BAC_4), the field wins and {@value #DEGREE_CONFLICT} is set. Kinds are gathered from both;
 * disciplines come from the field when it names any, else from the description. For
 * internships and apprenticeships the description's level is the one of the diploma being
 * prepared ({@value #LEVEL_PREPARED}), unless a clause states an entry requirement. Pure and
 * stateless: safe inside Spark map functions.
 */
public final class DegreeParser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Flag: the field and the description name different levels; the field was kept. */
    public static final String DEGREE_CONFLICT = "DEGREE_CONFLICT";
    /** Flag: the level (or, without one, the kinds and disciplines) was read from the description. */
    public static final String FROM_DESCRIPTION = "FROM_DESCRIPTION";
    /** Flag: internship or apprenticeship; the level is that of the diploma being prepared. */
    public static final String LEVEL_PREPARED = "LEVEL_PREPARED";

    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*;\\s*");
    /** An entry requirement: what the trainee must already hold. */
    private static final Pattern ENTRY = Pattern.compile(
            "titulaire|justifi|diplomee?s?(?:\\(e\\))?\\.?e? d'|avoir valide|obtenu|requis|required|exige|pre-?requis"
                    + "|admission|entry requirement|acces a la formation|vous avez (?:un|une|le) |\\bissue?s?\\b|issu\\(e\\)"
                    + "|de formation|\\bhold(?:ing)? an?\\b|\\bhave an?\\b|completed"
                    + "|(?:apprenti|alternant|stagiaire|etudiant|candidat|profil)\\S* de niveau");
    /** The diploma being prepared during the contract. */
    private static final Pattern PREPARED = Pattern.compile(
            "prepar|en vue d|en cours d|poursui|integrer|cursus|etudiant|student|enrolled|pursuing|rentree"
                    + "|\\ben (?:\\d|premiere|deuxieme|troisieme|quatrieme|cinquieme|derniere)\\S* annee"
                    + "|alternance|apprentissage|fin d'etudes|currently|pour valider|pour obtenir|obtention|valider un");
    /** How far before a clause its cue may stand (a heading line: "vous préparerez le diplôme :"). */
    private static final int CUE_BEFORE = 80;

    /** What one text says. */
    private record Reading(DegreeLevel level, DegreeLevel levelMax, List<DegreeKind> kinds, List<String> fields,
            boolean prepared) {

        static final Reading NOTHING = new Reading(null, null, List.of(), List.of(), false);

        boolean isEmpty() {
            return level == null && kinds.isEmpty() && fields.isEmpty();
        }
    }

    /**
     * Parses a degree requirement.
     *
     * @param field degree text(s) as published (France Travail formations joined by " ; ", e.g.
     *     "Bac+5 et plus ou équivalents Informatique (E)"), or null
     * @param description the posting's full text, or null
     * @param contract the posting's contract type, or null; for internships and apprenticeships
     *     the level read from the description is the one being prepared
     * @return the requirement; {@link Degree#UNKNOWN} when nothing is stated (never null).
     *     Flags: {@value #DEGREE_CONFLICT}, {@value #FROM_DESCRIPTION}, {@value #LEVEL_PREPARED}
     */
    public Degree parse(String field, String description, ContractType contract) {
        return parsePrepared(field, PreparedText.of(description), contract);
    }

    /** {@link #parse(String, String, ContractType)} of a prepared description. */
    Degree parsePrepared(String field, PreparedText description, ContractType contract) {
        Reading f = readField(field);
        FoldedText d = description.folded();
        Reading t = d.isBlank() ? Reading.NOTHING : readDescription(d, description.wordsOfFolded(), contract);
        List<DegreeKind> kinds = union(f.kinds(), t.kinds());
        if (f.level() != null) {
            List<String> flags = new ArrayList<>();
            if (t.level() != null && (t.level().compareTo(f.level()) < 0 || t.level().compareTo(f.levelMax()) > 0)) {
                flags.add(DEGREE_CONFLICT);
            }
            return new Degree(f.level(), kinds, f.fields().isEmpty() ? t.fields() : f.fields(), flags);
        }
        if (!t.isEmpty()) {
            List<String> flags = new ArrayList<>();
            flags.add(FROM_DESCRIPTION);
            if (t.prepared()) {
                flags.add(LEVEL_PREPARED);
            }
            return new Degree(t.level(), kinds, f.fields().isEmpty() ? t.fields() : f.fields(), flags);
        }
        if (!f.isEmpty()) {
            return new Degree(null, f.kinds(), f.fields(), List.of());
        }
        return Degree.UNKNOWN;
    }

    /** {@link #readField} of the fields already seen. */
    private static final Memo<String, Reading> FIELDS = new Memo<>(4096);

    private static Reading readField(String field) {
        if (field == null || field.isBlank()) {
            return Reading.NOTHING;
        }
        return FIELDS.get(field, DegreeParser::readFieldOnce);
    }

    private static Reading readFieldOnce(String field) {
        DegreeLevel level = null;
        DegreeLevel max = null;
        List<DegreeKind> kinds = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        for (String item : ITEM_SEPARATOR.split(field.strip())) {
            FoldedText text = FoldedText.of(item);
            List<DegreeMention> mentions = DegreeScanner.mentions(text, true);
            for (DegreeMention m : mentions) {
                if (m.level() != null) {
                    level = level == null || m.level().compareTo(level) < 0 ? m.level() : level;
                    max = max == null || m.levelMax().compareTo(max) > 0 ? m.levelMax() : max;
                }
                addKind(kinds, m.kind());
            }
            fields.addAll(DegreeScanner.fields(text, mentions, true));
        }
        return new Reading(level, max, List.copyOf(kinds), List.copyOf(fields), false);
    }

    private static Reading readDescription(FoldedText d, List<String> words, ContractType contract) {
        List<DegreeMention> mentions = DegreeScanner.mentions(d, false, words);
        if (mentions.isEmpty()) {
            return Reading.NOTHING;
        }
        List<DegreeKind> kinds = new ArrayList<>();
        mentions.forEach(m -> addKind(kinds, m.kind()));
        List<String> fields = DegreeScanner.fields(d, mentions, false);

        boolean training = contract == ContractType.APPRENTICESHIP || contract == ContractType.INTERNSHIP;
        int clause = -1;
        boolean prepared = false;
        if (training) {
            clause = firstClause(d, mentions, ENTRY);
            if (clause < 0) {
                clause = firstClause(d, mentions, PREPARED);
                prepared = clause >= 0;
            }
        }
        if (clause < 0) {
            clause = decidingClause(d, mentions);
        }
        DegreeLevel level = null;
        int clauseEnd = -1;
        for (DegreeMention m : mentions) {
            if (m.level() == null) {
                continue;
            }
            int start = d.clauseStart(m.start());
            if (start == clause) {
                clauseEnd = d.clauseEnd(m.end());
            } else if (clauseEnd < 0 || prepared || !alternative(d, clauseEnd, start, m.start())) {
                continue;
            } else {
                clause = start; // a path listed after the first ("PhD in X.\nMS in X with 2 years"): chain on
                clauseEnd = d.clauseEnd(m.end());
            }
            if (level == null || m.level().compareTo(level) < 0) {
                level = m.level();
            }
        }
        return new Reading(level, level, kinds, fields, prepared && level != null);
    }

    /**
     * Whether the clause starting at {@code start} lists another degree path after the clause
     * ending at {@code previousEnd}: it follows it (blank lines between), and its mention at
     * {@code mention} opens it, after at most a bullet, "or"/"ou" ("or in the alternative,") and
     * an article: "PhD in Toxicology.\nMS in Toxicology with 2 years", "...; or a MS with 5-7
     * years". A line that merely names a degree later ("You will mentor analysts with a
     * Bachelor's degree"), or names one as a plus ("Un MBA serait un atout"), is not one.
     */
    private static boolean alternative(FoldedText d, int previousEnd, int start, int mention) {
        String s = d.folded();
        if (start < previousEnd || mention < start) {
            return false;
        }
        for (int i = previousEnd; i < start; i++) {
            if (!Character.isWhitespace(s.charAt(i)) && ";.!?•·".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return PATH_LEAD.matcher(s).region(start, mention).matches()
                && !PREFERENCE.matcher(s).region(start, d.clauseEnd(mention)).find();
    }

    /** A degree named as a plus, not as another path: "Un MBA serait un atout", "MS preferred". */
    private static final Pattern PREFERENCE = Pattern.compile(
            "atout|apprecie|\\bun plus\\b|\\ba plus\\b|bonus|prefer|desirable|desired|souhaite|ideal|nice to have"
                    + "|serait|would be");

    /** What may stand before a degree that opens an alternative path's clause. */
    private static final Pattern PATH_LEAD = Pattern.compile(
            "[\\s\\-*•·–]*(?:(?:or|ou)(?: in the alternative| alternatively)?,?\\s+)?(?:(?:an?|une?)\\s+)?");

    /** Start of the first clause holding a level (and matching {@code cue}, if given), or -1. */
    private static int firstClause(FoldedText d, List<DegreeMention> mentions, Pattern cue) {
        for (DegreeMention m : mentions) {
            if (m.level() == null) {
                continue;
            }
            int start = d.clauseStart(m.start());
            int from = cue == PREPARED ? Math.max(0, start - CUE_BEFORE) : start;
            if (cue == null || cue.matcher(d.folded().substring(from, d.clauseEnd(m.end()))).find()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Start of the clause whose levels decide, when no training cue does: the first clause
     * holding a level; but when that one stands under no heading (an introduction: "X is seeking
     * a PhD level scientist with ...") and a later one stands under a heading stating a
     * requirement ("EDUCATION, KNOWLEDGE, AND EXPERIENCE REQUIREMENTS", "Requirements: ..."),
     * that later one. -1 when no clause holds a level.
     */
    static int decidingClause(FoldedText d, List<DegreeMention> mentions) {
        int first = -1;
        for (DegreeMention m : mentions) {
            if (m.level() == null) {
                continue;
            }
            int start = d.clauseStart(m.start());
            if (first < 0) {
                if (RequirementHeading.find(d.folded(), d.original(), m.start()) != null) {
                    return start;
                }
                first = start;
            } else if (start > first && Boolean.TRUE.equals(RequirementHeading.of(d.folded(), d.original(), m.start()))) {
                return start;
            }
        }
        return first;
    }

    private static void addKind(List<DegreeKind> kinds, DegreeKind kind) {
        if (kind != null && !kinds.contains(kind)) {
            kinds.add(kind);
        }
    }

    private static List<DegreeKind> union(List<DegreeKind> a, List<DegreeKind> b) {
        List<DegreeKind> all = new ArrayList<>(a);
        b.forEach(k -> addKind(all, k));
        return all;
    }
}
