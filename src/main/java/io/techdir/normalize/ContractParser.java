package io.techdir.normalize;

import io.techdir.posting.ContractType;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a posting's contract type from the contract field as published (France Travail codes
 * {@code CDI}, {@code CDD}, {@code MIS}, {@code LIB}, {@code SAI}, {@code DDI}, {@code TTI},
 * {@code DIN}, {@code FRA}; board words "Intérim", "Freelance", "Alternance", "Stage"; English
 * and schema.org forms "FULL_TIME", "Contract", "Internship", "Permanent"). Only when the field is
 * empty do the title and then the description count, and there only words that state the
 * contract ("(CDI)", "Type de contrat : CDD", "stage de 6 mois", "en alternance", "this is a
 * contract position"), not an agency's list of what it offers ("CDD-CDI, intérim").
 *
 * <p>Apprenticeship words win over the others in a field, so a caller may pass a France
 * Travail offer's {@code typeContrat} together with its {@code natureContrat} ("CDD Contrat
 * apprentissage") to get {@code APPRENTICESHIP}. Working time alone ("FULL_TIME", "Temps plein")
 * is read as {@code CDI} only when no other contract word is present. Pure and stateless.
 */
public final class ContractParser implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Distinct fields kept by {@link #fromField}'s memo. */
    private static final int MEMO_SIZE = 4096;

    private static final String TYPE_WORDS = "cdi|cdd|cdii|interim|interimaire|freelance|free-lance|independant"
            + "|alternance|apprentissage|stage|intern|internship|contract|contractor|temporary|permanent";

    private static final Pattern APPRENTICESHIP = Pattern.compile(
            "apprenti|alternan|professionnalisation|contrat pro\\b|work[- ]study");
    /** Volontariat international en entreprise: neither an internship nor an employment contract. */
    private static final Pattern VIE = Pattern.compile("\\bv\\.?i\\.?e\\b\\.?|volontariat international|international internship");
    private static final Pattern INTERNSHIP = Pattern.compile(
            "\\bstages?\\b|stagiaire|internship|\\binterns?\\b|\\bintern\\b");
    private static final Pattern INTERIM = Pattern.compile(
            "\\bcdi interimaire|\\bmis\\b|interim|\\btti\\b|\\bdin\\b|\\bcdii\\b|travail temporaire|\\btemp\\b|\\btemp[- ]to[- ]hire");
    private static final Pattern CDI = Pattern.compile(
            "\\bcdi\\b|duree indeterminee|permanent|unlimited|\\bregular\\b|indefinite|open[- ]ended");
    private static final Pattern CDD = Pattern.compile(
            "\\bcdd\\b|\\bddi\\b|\\bsai\\b|saisonni|seasonal|duree determinee|fixed[- ]term|limited|temporary"
                    + "|\\bcui\\b|\\bcae\\b|contrat d'usage|\\bvacation\\b");
    private static final Pattern FREELANCE = Pattern.compile(
            "free-?lance|independant|\\blib\\b|liberal|contractor|\\bcontract\\b|portage salarial"
                    + "|auto-?entrepreneur|self-employed|\\b1099\\b|\\bc2c\\b");
    /** A field word and the type it names. */
    private record Word(Pattern pattern, ContractType type) {
    }

    /** Field words in no particular order: the first one in the field wins ("CDI ou Freelance"). */
    private static final List<Word> WORDS = List.of(new Word(INTERIM, ContractType.INTERIM),
            new Word(CDI, ContractType.CDI), new Word(CDD, ContractType.CDD),
            new Word(FREELANCE, ContractType.FREELANCE));
    private static final Pattern WORKING_TIME = Pattern.compile(
            "full[-_ ]?time|part[-_ ]?time|temps plein|temps partiel|temps complet");

    /**
     * France Travail's {@code typeContrat} "LIB" (profession libérale), folded: FREELANCE, unless
     * the description states another contract. 41 real offers were so coded (of the 65 read as
     * FREELANCE), 40 of them from partner feeds (DIRECTEMPLOI, Digital Recruiters) that code
     * temp-agency waiters and permanent jobs alike.
     */
    static final String FEED_CODE = "lib";

    /** Title words that state the contract. */
    private static final Pattern TITLE = Pattern.compile(
            "\\b(cdi|cdd|cdii|stage|stagiaire|alternance|alternant|alternante|apprenti|apprentie|apprentissage"
                    + "|freelance|free-lance|interim|interimaire|internship|intern|v\\.?i\\.?e)\\b"
                    + "|\\((contract|contractor|temporary|temp|part-time|full-time)\\)");
    /** Description phrases that state the contract. */
    private static final GatedPattern STATED = GatedPattern.of(
            "(?:type de contrat|nature du contrat|contrat propose|type d'emploi|type de poste|job type|employment type"
                    + "|position type|contract type|\\bcontrat|\\bstatut|\\bstatus|\\btype)\\s*:?\\s*(?:en |de type )?"
                    + "(" + TYPE_WORDS + "|full[- ]time|part[- ]time)\\b"
                    // France Travail's texts glue the next line on: "Type de contrat : IntérimTemps plein"
                    + "|type de contrat\\s*:\\s*(cdi|cdd|interim|freelance|alternance|apprentissage)(?=[a-z])"
                    + "|\\b(?:poste|emploi|mission|recrutement|opportunite|proposition)\\s+(?:a pourvoir\\s+)?(?:en|de)\\s+"
                    + "(cdi|cdd|alternance|interim|freelance|stage|apprentissage)\\b"
                    + "|\\ben (cdi|cdd|freelance|free-lance|interim)\\b"
                    + "|\\b(cdi|cdd)\\s+(?:a pourvoir|de \\d+|d'un an|d'une duree|temps plein|temps partiel|renouvelable)"
                    + "|\\b(stage) (?:de \\d+ mois|de fin d'etudes|conventionne|a pourvoir|de \\d mois)"
                    + "|\\b(?:realiser|effectuer|faire|proposons) un (stage)\\b"
                    + "|\\bcontrat (?:d'|de |en )(apprentissage|professionnalisation|alternance)"
                    + "|\\bmission (?:d'|en )(interim)|\\bmission (interimaire)"
                    + "|\\b(?:this is an?|is an?)\\s+(contract|temporary|permanent|full[- ]time|part[- ]time"
                    + "|contract-to-hire|temp-to-hire)(?:,? (?:\\w+ )?)?\\s*(?:position|role|job|opportunity|assignment)"
                    + "|\\b(contract|temporary|permanent) (?:position|role|opportunity|assignment)",
            "type", "nature du", "contrat", "job type", "employment type", "position type", "contract", "\\bstatu",
            "\\bposte", "\\bemploi", "\\bmission", "\\brecrutement", "\\bopportunite", "\\bproposition", "\\ben ",
            "\\bcdi", "\\bcdd", "\\bstage", "\\brealiser", "\\beffectuer", "\\bfaire", "\\bproposons", "\\bthis",
            "\\bis", "\\btemporary", "\\bpermanent");
    private static final List<String> STATED_TRIGGERS = List.of("cdi", "cdd", "interim", "freelance", "free-lance",
            "independant", "alternance", "apprentissage", "professionnalisation", "stage", "intern", "contract",
            "temporary", "permanent", "full", "part-time", "part time");
    /** A list of contract types (an agency's boilerplate), not a statement about this job. */
    private static final Pattern LIST_AFTER = Pattern.compile(
            "\\s*(?:,|/|-|et|ou|and|or|&)\\s*(?:en\\s+)?(?:" + TYPE_WORDS + ")\\b");
    private static final Pattern LIST_BEFORE = Pattern.compile(
            "\\b(?:" + TYPE_WORDS + ")\\s*(?:,|/|-|et|ou|and|or|&)\\s*(?:en\\s+)?$");

    /**
     * Parses a contract type.
     *
     * @param field the contract as published, or null
     * @param title the job title, or null
     * @param description the posting's full text, or null
     * @return the contract type; {@link ContractType#OTHER} when the field states one that is
     *     not recognised; empty when nothing at all is stated
     */
    public Optional<ContractType> parse(String field, String title, String description) {
        return parsePrepared(field, PreparedText.of(title), PreparedText.of(description));
    }

    /** {@link #parse(String, String, String)} of a prepared title and description. */
    Optional<ContractType> parsePrepared(String field, PreparedText title, PreparedText description) {
        String f = FoldedText.fold(field == null ? "" : field.strip()).replace('_', ' ');
        if (f.equals(FEED_CODE)) {
            // France Travail's "LIB" (profession libérale) is what partner feeds send for any
            // contract: a contract the text states ("Type de contrat : Intérim") outweighs it.
            return fromDescription(description.folded()).or(() -> Optional.of(fromField(f)));
        }
        if (!f.isBlank()) {
            return Optional.of(fromField(f));
        }
        Optional<ContractType> fromTitle = fromTitle(title.folded().folded());
        if (fromTitle.isPresent()) {
            return fromTitle;
        }
        return fromDescription(description.folded());
    }

    /** {@link #fromField} of the fields already seen. */
    private static final Memo<String, ContractType> FIELDS = new Memo<>(MEMO_SIZE);

    /** The type a field names; {@code OTHER} when it names none we know. */
    static ContractType fromField(String f) {
        return FIELDS.get(f, ContractParser::readField);
    }

    private static ContractType readField(String f) {
        if (APPRENTICESHIP.matcher(f).find()) {
            return ContractType.APPRENTICESHIP;
        }
        if (VIE.matcher(f).find()) {
            return ContractType.OTHER;
        }
        if (INTERNSHIP.matcher(f).find()) {
            return ContractType.INTERNSHIP;
        }
        ContractType best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Word w : WORDS) {
            Matcher m = w.pattern().matcher(f);
            if (m.find() && m.start() < bestAt) {
                best = w.type();
                bestAt = m.start();
            }
        }
        if (best != null) {
            return best;
        }
        return WORKING_TIME.matcher(f).find() ? ContractType.CDI : ContractType.OTHER;
    }

    /** {@link #readTitle} of the folded titles already seen (boards repeat titles). */
    private static final Memo<String, Optional<ContractType>> TITLES = new Memo<>(MEMO_SIZE);

    private static Optional<ContractType> fromTitle(String t) {
        return TITLES.get(t, ContractParser::readTitle);
    }

    private static Optional<ContractType> readTitle(String t) {
        Matcher m = TITLE.matcher(t);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            if (!isList(t, m.start(), m.end())) {
                return Optional.of(fromField(word));
            }
        }
        return Optional.empty();
    }

    private static Optional<ContractType> fromDescription(FoldedText text) {
        String d = text.folded();
        for (MatchResult m : text.near(STATED, STATED_TRIGGERS)) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && !isList(d, m.start(g), m.end(g))) {
                    return Optional.of(fromField(m.group(g)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isList(String s, int start, int end) {
        return LIST_AFTER.matcher(s).region(end, Math.min(s.length(), end + 25)).lookingAt()
                || LIST_BEFORE.matcher(s.substring(Math.max(0, start - 25), start)).find();
    }
}
