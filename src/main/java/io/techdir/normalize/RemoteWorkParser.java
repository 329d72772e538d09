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
 * "remote position", "(Remote)" or "remote" in the title. {@code HYBRID}: "télétravail" in
 * general ("télétravail partiel", "2 jours de télétravail", "accord télétravail", "TT 1 jour /
 * semaine"), "hybride" about work ("mode de travail hybride", "télétravail hybride"), "hybrid
 * role", "work from home 2 days". {@code ON_SITE}: "pas de télétravail", "télétravail : non",
 * "100 % présentiel", "poste sur site", "Lieu du poste : en présentiel", "on-site position", "not
 * a remote role". Words about tasks are not arrangements: "support à distance", "intervention
 * sur site", "remote desktop", "hybrid cloud", "on-site gym".
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
    private static final String[] NOT_FULLY_STARTS = {"\\bpas", "\\bno", "\\bsans"};
    private static final GatedPattern NOT_FULLY = GatedPattern.of(
            "\\b(?:pas de|pas en|non|not|no|sans)\\s+(?:(?:du|de|en)\\s+)?(?:full[- ]?remote|100\\s*%\\s*(?:de )?"
                    + "(?:remote|teletravail|a distance)|teletravail (?:complet|total|integral)|fully remote)",
            NOT_FULLY_STARTS);
    private static final String[] ON_SITE_STARTS = {"\\bteletravail", "\\bpas", "\\bsans", "\\baucun", "\\bno", "100",
            "uniquement", "exclusivement", "totalement", "entierement", "\\bpresentiel", "\\bon", "\\bin", "\\bposte", "\\btravail", "\\bjob",
            "\\bfonction", "\\bis", "\\bbe"};
    private static final GatedPattern ON_SITE = GatedPattern.of(
            "(?:\\bteletravail\\s*:\\s*)?(?:\\bpas de (?:possibilite de |possibilites de )?(?:teletravail|\\btt\\b|remote"
                    + "|travail a distance)|\\bsans (?:possibilite de )?teletravail|\\baucun teletravail"
                    + "|\\bteletravail\\s*(?::\\s*)?(?:non\\b|impossible|non (?:possible|autorise|envisageable|prevu))"
                    + "|\\bteletravail (?:n'est pas|non) (?:possible|autorise|envisageable|propose)"
                    + "|\\bno remote|\\bnot (?:a |an )?(?:remote|telecommut)|\\bnon[- ]remote"
                    + "|(?:100\\s*%|uniquement|exclusivement|totalement|entierement)\\s*(?:en )?(?:presentiel|sur site|on-?site)"
                    + "|\\bpresentiel (?:obligatoire|uniquement|exige|requis)"
                    + "|\\b(?:on-?site|in-office|in office) (?:only|position|role|job|required)"
                    + "|(?<!\\bau )(?<!\\bdu )(?<!\\bde )\\b(?:poste|travail|job|fonction)\\s+(?:est\\s+)?(?:basee?\\s+)?"
                    + "(?:100\\s*% )?sur site\\b"
                    + "|\\b(?:is|be) (?:fully |100% )?on-?site\\b|\\bonsite (?:only|position|role))",
            ON_SITE_STARTS);
    /**
     * A weaker on-site statement, often a board's default line ("Lieu du poste : En présentiel"):
     * it gives way to a stated telework arrangement.
     */
    private static final String[] PRESENCE_STARTS = {"\\bposte", "\\btravail", "\\bmission", "\\blieu", "\\bemploi"};
    private static final GatedPattern PRESENCE = GatedPattern.of(
            "\\b(?:poste|travail|mission|lieu du poste|emploi)\\s*(?:est\\s*)?:?\\s*(?:en |sur )?presentiel",
            PRESENCE_STARTS);
    /** After a "no telework": the ban is temporary, telework comes later. */
    private static final Pattern LATER = Pattern.compile(
            "\\s*(?:possible\\s*)?(?:pendant|durant|avant|lors|au cours|jusqu|during|until|for the first|les premiers"
                    + "|la premiere|la periode|en periode)");
    private static final String[] REMOTE_STARTS = {"\\bfull", "\\b100", "\\bteletravail", "\\bremote", "\\bfully",
            "\\bcompletely", "\\bentirely", "\\btotally", "\\bentierement", "\\btotalement", "\\bexclusivement", "\\buniquement", "\\bcompletement",
            "\\bposte", "\\bemploi", "\\bjob", "\\bmission", "\\bis", "\\bbe", "\\bpermanently", "\\bwork"};
    private static final GatedPattern REMOTE = GatedPattern.of(
            "\\bfull[- ]?remote|\\bfull[- ]teletravail|\\b100\\s*%\\s*(?:en |de )?(?:remote|teletravail|a distance|distanciel"
                    + "|telework)|\\b(?:teletravail|remote)\\s*(?:a |en )?100\\s*%|\\bteletravail (?:complet|total"
                    + "|integral|a temps (?:plein|complet))|\\b(?:fully|100%|completely|entirely|totally) remote"
                    + "|\\bremote[- ]first|\\b(?:entierement|totalement|exclusivement|uniquement|completement) "
                    + "(?:en teletravail|en remote)|\\b(?:poste|emploi|job|mission) (?:\\w+ )?en (?:full )?"
                    + "(?:remote|teletravail)\\b(?!\\s*(?:partiel|possible|hybride|occasionnel|\\d|jusqu|[a-z]+ \\d))"
                    + "|\\bremote (?:position|role|job|opportunity|contract|work\\b(?! flexib| option)|based|friendly)"
                    + "|\\b(?:is|be) (?:a )?(?:fully )?remote\\b|\\b(?:permanently|fully|100% )?work (?:remotely|from anywhere)"
                    + "(?!\\s*(?:\\d|one|two|three|on|days?|flexib|policy|option|when))",
            REMOTE_STARTS);
    private static final String[] HYBRID_STARTS = {"\\bteletravail", "\\btelework", "\\btelecommut", "0", "1", "2", "3",
            "4", "5", "6", "7", "8", "9", "\\btt", "travail", "mode", "format", "poste", "organisation", "fonctionnement", "rythme", "modele",
            "teletravail", "remote", "lieu du poste", "\\bhybrid", "\\ben ", "\\bde facon", "\\bof ", "\\bwork",
            "\\brole", "\\bposition", "\\bjob", "\\bpartially", "\\bremote", "\\bwfh", "\\bhome", "\\btravail",
            "\\bflex"};
    private static final GatedPattern HYBRID = GatedPattern.of(
            "\\bteletravail|\\bteletravailler|\\btelework|\\btelecommut"
                    + "|\\d\\s*(?:j|jours?|journees?)\\s*(?:de |en )?(?:tt|ttv|teletravail|remote)\\b"
                    + "|\\b(?:tt|ttv)\\s*:?\\s*\\d|\\b(?:tt|ttv) (?:possible|partiel)"
                    + "|(?:travail|mode|format|poste|organisation|fonctionnement|rythme|modele|teletravail|remote"
                    + "|lieu du poste\\s*:)\\s*(?:de travail\\s+)?hybride?\\b|\\bhybride?\\s*(?:\\(|:|presentiel|teletravail"
                    + "|remote|work|role|position|schedule|model|working|office)|\\b(?:en|de facon|en mode|of) hybride?\\b"
                    + "|\\b(?:work|role|position|job) is hybrid|\\bpartially remote|\\bremote (?:\\d|one|two|three) days?"
                    + "|\\bwork (?:from home|remotely) (?:\\d|one|two|three|on|days?|flexib|policy|option|when)"
                    + "|\\bwork from home|\\bremote work options?|\\bwfh\\b"
                    + "|\\bhome office|\\btravail a distance|\\bflex office|\\bremote and on-?site",
            HYBRID_STARTS);
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
    private static final RemoteWorkStarts STARTS = new RemoteWorkStarts(
            new Pattern[] {NOT_FULLY.pattern(), ON_SITE.pattern(), REMOTE.pattern(), HYBRID.pattern(),
                PRESENCE.pattern()},
            new String[][] {NOT_FULLY_STARTS, ON_SITE_STARTS, REMOTE_STARTS, HYBRID_STARTS, PRESENCE_STARTS});

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
        int[] windows = RemoteWorkStarts.windows(text, TRIGGERS);
        if (windows.length == 0) {
            return Optional.empty();
        }
        RemoteWorkStarts.Starts starts = STARTS.scan(text.folded(), windows);
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
            starts = STARTS.scan(remaining.folded(), RemoteWorkStarts.windows(remaining, TRIGGERS));
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
