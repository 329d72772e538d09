package io.techdir.normalize;

import io.techdir.posting.RemoteWork;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Reads the remote-work arrangement a posting states, from its title and description.
 *
 * <p>{@code REMOTE}: "full remote", "100 % télétravail", "télétravail complet", "fully remote",
 * "remote position", "(Remote)" or "remote" in the title. {@code HYBRID}: "télétravail" in general
 * ("télétravail partiel", "2 jours de télétravail", "accord télétravail", "TT 1 jour / semaine"),
 * "hybride" about work ("mode de travail hybride", "télétravail hybride"), "hybrid role", "work
 * from home 2 days". {@code ON_SITE}: "pas de télétravail", "télétravail : non", "100 %
 * présentiel", "poste sur site", "Lieu du poste : en présentiel", "on-site position", "not a remote
 * role", "Telecommuting Not Allowed", "Telecommuter? No". Words about tasks are not arrangements:
 * "support à distance", "intervention sur site", "remote desktop", "hybrid cloud", "on-site gym".
 *
 * <p>When several are stated, REMOTE wins, then an explicit ON_SITE ("pas de télétravail", "100 %
 * présentiel": it beats a company's telework agreement), then HYBRID, then a mere "en
 * présentiel" (a board's default line, which a stated "télétravail 2 jours" overrides). "Pas de
 * télétravail pendant la période d'essai" says telework comes later (HYBRID), and "pas de full
 * remote" only rules out REMOTE. Pure and stateless.
 */
public final class RemoteWorkParser implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> TRIGGERS = List.of("teletravail", "remote", "hybrid", "distance",
            "presentiel", "site", "home", " tt", "ttv", "office", "telecommut", "wfh");

    /** Remote ruled out but not telework: "pas de full remote", "no 100% remote". */
    private static final RemoteWorkPattern NOT_FULLY_RULE = RemoteWorkPattern.of(
            alt("\\b(?:pas de|pas en|non|not|no|sans)\\s+(?:(?:du|de|en)\\s+)?(?:full[- ]?remote|100\\s*%\\s*(?:de )?"
                    + "(?:remote|teletravail|a distance)|teletravail (?:complet|total|integral)|fully remote)",
                    "\\bpas", "\\bno", "\\bsans"));
    private static final RemoteWorkPattern ON_SITE_RULE = RemoteWorkPattern.withPrefix("\\bteletravail\\s*:\\s*",
            alt("\\bpas de (?:possibilite de |possibilites de )?(?:teletravail|\\btt\\b|remote|travail a distance)",
                    "\\bpas de "),
            alt("\\bsans (?:possibilite de )?teletravail", "\\bsans "),
            alt("\\baucun teletravail", "\\baucun teletravail"),
            alt("\\bteletravail\\s*(?::\\s*)?(?:non\\b|impossible|non (?:possible|autorise|envisageable|prevu))",
                    "\\bteletravail"),
            alt("\\bteletravail (?:n'est pas|non) (?:possible|autorise|envisageable|propose)", "\\bteletravail"),
            alt("\\bno remote", "\\bno remote"),
            alt("\\bnot (?:a |an )?(?:remote|telecommut)", "\\bnot "),
            alt("\\bno telecommut", "\\bno telecommut"),
            // "Telecommuting Options: Telecommuting Not Allowed", "Telecommuter? No"
            alt("\\btelecommut\\w*\\s*(?:options?\\s*)?[:?]?\\s*(?:telecommut\\w* )?(?:not allowed|not permitted"
                    + "|not available|no\\b)", "\\btelecommut"),
            alt("\\bnon[- ]remote", "\\bnon-remote", "\\bnon remote"),
            alt("(?:100\\s*%|uniquement|exclusivement|totalement|entierement)\\s*(?:en )?(?:presentiel|sur site|on-?site)",
                    "100", "uniquement", "exclusivement", "totalement", "entierement"),
            alt("\\bpresentiel (?:obligatoire|uniquement|exige|requis)", "\\bpresentiel "),
            alt("\\b(?:on-?site|in-office|in office) (?:only|position|role|job|required)", "\\bon-site ",
                    "\\bonsite ", "\\bin-office ", "\\bin office "),
            alt("(?<!\\bau )(?<!\\bdu )(?<!\\bde )\\b(?:poste|travail|job|fonction)\\s+(?:est\\s+)?(?:basee?\\s+)?"
                    + "(?:100\\s*% )?sur site\\b", "\\bposte", "\\btravail", "\\bjob", "\\bfonction"),
            alt("\\b(?:is|be) (?:fully |100% )?on-?site\\b", "\\bis ", "\\bbe "),
            alt("\\bonsite (?:only|position|role)", "\\bonsite "));
    /**
     * A weaker on-site statement, often a board's default line ("Lieu du poste : En présentiel"):
     * it gives way to a stated telework arrangement.
     */
    private static final RemoteWorkPattern PRESENCE_RULE = RemoteWorkPattern.of(
            alt("\\b(?:poste|travail|mission|lieu du poste|emploi)\\s*(?:est\\s*)?:?\\s*(?:en |sur )?presentiel",
                    "\\bposte", "\\btravail", "\\bmission", "\\blieu", "\\bemploi"));
    /** After a "no telework": the ban is temporary, telework comes later. */
    private static final Pattern LATER = Pattern.compile(
            "\\s*(?:possible\\s*)?(?:pendant|durant|avant|lors|au cours|jusqu|during|until|for the first|les premiers"
                    + "|la premiere|la periode|en periode)");
    private static final RemoteWorkPattern REMOTE_RULE = RemoteWorkPattern.of(
            alt("\\bfull[- ]?remote", "\\bfull-remote", "\\bfull remote", "\\bfullremote"),
            alt("\\bfull[- ]teletravail", "\\bfull-teletravail", "\\bfull teletravail"),
            alt("\\b100\\s*%\\s*(?:en |de )?(?:remote|teletravail|a distance|distanciel|telework)", "\\b100"),
            alt("\\b(?:teletravail|remote)\\s*(?:a |en )?100\\s*%", "\\bteletravail", "\\bremote"),
            alt("\\bteletravail (?:complet|total|integral|a temps (?:plein|complet))", "\\bteletravail "),
            alt("\\b(?:fully|100%|completely|entirely|totally) remote", "\\bfully remote", "\\b100% remote",
                    "\\bcompletely remote", "\\bentirely remote", "\\btotally remote"),
            alt("\\bremote[- ]first", "\\bremote-first", "\\bremote first"),
            alt("\\ball-remote\\b", "\\ball-remote"),
            alt("\\b(?:entierement|totalement|exclusivement|uniquement|completement) (?:en teletravail|en remote)",
                    "\\bentierement en ", "\\btotalement en ", "\\bexclusivement en ", "\\buniquement en ",
                    "\\bcompletement en "),
            alt("\\b(?:poste|emploi|job|mission) (?:\\w+ )?en (?:full )?(?:remote|teletravail)\\b"
                    + "(?!\\s*(?:partiel|possible|hybride|occasionnel|\\d|jusqu|[a-z]+ \\d))",
                    "\\bposte ", "\\bemploi ", "\\bjob ", "\\bmission "),
            alt("\\bremote (?:position|role|job|opportunity|contract|work\\b(?! flexib| option)|based|friendly)",
                    "\\bremote "),
            alt("\\b(?:is|be) (?:a )?(?:fully )?remote\\b", "\\bis ", "\\bbe "),
            alt("\\b(?:permanently|fully|100% )?work (?:remotely|from anywhere)"
                    + "(?!\\s*(?:\\d|one|two|three|on|days?|flexib|policy|option|when))",
                    "\\bpermanently work ", "\\bfully work ", "\\b100% work ", "\\bwork "));
    private static final RemoteWorkPattern HYBRID_RULE = RemoteWorkPattern.of(
            // no word start: France Travail's texts glue a line onto the next ("chez nousTélétravail")
            alt("teletravail", "teletravail"),
            alt("\\btelework", "\\btelework"),
            alt("\\btelecommut", "\\btelecommut"),
            alt("\\d\\s*(?:j|jours?|journees?)\\s*(?:de |en )?(?:tt|ttv|teletravail|remote)\\b",
                    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            alt("\\b(?:tt|ttv)\\s*:?\\s*\\d", "\\btt"),
            alt("\\b(?:tt|ttv) (?:possible|partiel)", "\\btt ", "\\bttv "),
            alt("(?:travail|mode|format|poste|organisation|fonctionnement|rythme|modele|teletravail|remote"
                    + "|lieu du poste)\\s*:?\\s*(?:de travail\\s*:?\\s*)?hybride?\\b", "travail", "mode", "format", "poste",
                    "organisation", "fonctionnement", "rythme", "modele", "teletravail", "remote", "lieu du poste"),
            alt("\\bhybride?\\s*(?:\\(|:|presentiel|teletravail|remote|work|role|position|schedule|model|working"
                    + "|office)", "\\bhybrid"),
            alt("\\b(?:en|de facon|en mode|of) hybride?\\b", "\\ben hybrid", "\\bde facon hybrid",
                    "\\ben mode hybrid", "\\bof hybrid"),
            alt("\\b(?:work|role|position|job) is hybrid", "\\bwork is hybrid", "\\brole is hybrid",
                    "\\bposition is hybrid", "\\bjob is hybrid"),
            alt("\\bpartially remote", "\\bpartially remote"),
            alt("\\bremote (?:\\d|one|two|three) days?", "\\bremote "),
            alt("\\bwork (?:from home|remotely) (?:\\d|one|two|three|on|days?|flexib|policy|option|when)",
                    "\\bwork from home ", "\\bwork remotely "),
            alt("\\bwork from home", "\\bwork from home"),
            alt("\\bremote work options?", "\\bremote work option"),
            alt("\\bwfh\\b", "\\bwfh"),
            alt("\\bhome office", "\\bhome office"),
            alt("\\btravail a distance", "\\btravail a distance"),
            alt("\\bflex office", "\\bflex office"),
            alt("\\bremote and on-?site", "\\bremote and on"));
    /** The rules as gated patterns (each literal list is checked against its plain pattern by the tests). */
    private static final GatedPattern NOT_FULLY = NOT_FULLY_RULE.gated();
    private static final GatedPattern ON_SITE = ON_SITE_RULE.gated();
    private static final GatedPattern PRESENCE = PRESENCE_RULE.gated();
    private static final GatedPattern REMOTE = REMOTE_RULE.gated();
    private static final GatedPattern HYBRID = HYBRID_RULE.gated();
    /** In a title, "remote" alone is enough; "sur site"/"on-site" is on-site. */
    private static final Pattern TITLE_REMOTE = Pattern.compile("\\bremote\\b(?! sensing)|\\bteletravail\\b");
    private static final Pattern TITLE_ON_SITE = Pattern.compile("\\bsur site\\b|\\bon-?site\\b|\\bpresentiel\\b");
    private static final Pattern TITLE_HYBRID = Pattern.compile("\\bhybrid|\\bteletravail partiel");

    /**
     * Parses the remote-work arrangement.
     *
     * @param title the job title, or null
     * @param description the posting's full text, or null
     * @return the arrangement; empty when the posting does not say
     */
    public Optional<RemoteWork> parse(String title, String description) {
        return parsePrepared(PreparedText.of(title), PreparedText.of(description));
    }

    /** {@link #parse(String, String)} of a prepared title and description. */
    Optional<RemoteWork> parsePrepared(PreparedText title, PreparedText description) {
        String t = title.folded().folded();
        // each title pattern needs one of its words: most titles skip all three
        boolean telework = t.contains("teletravail");
        if ((telework || t.contains("hybrid")) && TITLE_HYBRID.matcher(t).find()) {
            return Optional.of(RemoteWork.HYBRID);
        }
        if ((telework || t.contains("remote")) && TITLE_REMOTE.matcher(t).find()) {
            return Optional.of(RemoteWork.REMOTE);
        }
        if ((t.contains("site") || t.contains("presentiel")) && TITLE_ON_SITE.matcher(t).find()) {
            return Optional.of(RemoteWork.ON_SITE);
        }
        return fromText(description.folded());
    }

    /** The gated patterns of the description, by their index in {@link #STARTS}. */
    private static final int NOT_FULLY_AT = 0;
    private static final int ON_SITE_AT = 1;
    private static final int REMOTE_AT = 2;
    private static final int HYBRID_AT = 3;
    private static final int PRESENCE_AT = 4;
    /** The literals of the five patterns, looked for in one pass over the windows. */
    private static final RemoteWorkStarts STARTS = new RemoteWorkStarts(NOT_FULLY_RULE, ON_SITE_RULE, REMOTE_RULE,
            HYBRID_RULE, PRESENCE_RULE);

    /**
     * The arrangement the description states. The patterns are tried only where one of their
     * literals starts in a window around a trigger ({@link RemoteWorkStarts}): the windows of a
     * text are scanned once for all five patterns. What a negation or an on-site statement
     * matched is blanked out before the others are looked for, in a copy scanned again (rare).
     */
    private static Optional<RemoteWork> fromText(FoldedText text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        int[] windows = text.regions(TRIGGERS);
        if (windows.length == 0) {
            return Optional.empty();
        }
        RemoteWorkStarts.Starts starts = STARTS.scan(text.folded(), text.foldedChars(), windows);
        StringBuilder rest = null;
        IntRanges blanks = new IntRanges();
        boolean hybrid = false;
        for (MatchResult m : starts.findAll(NOT_FULLY_AT)) {
            rest = blank(rest, text, m);
            blanks.add(m.start(), m.end());
        }
        boolean onSite = false;
        for (MatchResult m : starts.findAll(ON_SITE_AT)) {
            if (LATER.matcher(text.folded()).region(m.end(), Math.min(text.folded().length(), m.end() + 30))
                    .lookingAt()) {
                hybrid = true;
            } else {
                onSite = true;
            }
            rest = blank(rest, text, m);
            blanks.add(m.start(), m.end());
        }
        if (rest != null) {
            FoldedText remaining = text.blanked(rest.toString(), blanks.toArray());
            starts = STARTS.scan(remaining.folded(), remaining.foldedChars(), remaining.regions(TRIGGERS));
        }
        if (starts.any(REMOTE_AT)) {
            return Optional.of(RemoteWork.REMOTE);
        }
        if (onSite) {
            return Optional.of(RemoteWork.ON_SITE);
        }
        if (hybrid || starts.any(HYBRID_AT)) {
            return Optional.of(RemoteWork.HYBRID);
        }
        if (starts.any(PRESENCE_AT)) {
            return Optional.of(RemoteWork.ON_SITE);
        }
        return Optional.empty();
    }

    private static RemoteWorkPattern.Alternative alt(String regex, String... literals) {
        return new RemoteWorkPattern.Alternative(regex, literals);
    }

    /** Start and end positions, in the order added. */
    private static final class IntRanges {
        private int[] values = new int[4];
        private int size;

        void add(int start, int end) {
            if (size + 2 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = start;
            values[size++] = end;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** Blanks a match out of the folded text (copied on first use); returns the copy. */
    private static StringBuilder blank(StringBuilder rest, FoldedText text, MatchResult m) {
        StringBuilder s = rest != null ? rest : new StringBuilder(text.folded());
        for (int i = m.start(); i < m.end(); i++) {
            s.setCharAt(i, ' ');
        }
        return s;
    }
}
