package io.techdir.normalize;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Tells whether a posting asks for prior technical-director / CTO experience: the role
 * description's follow-on roles make "has already been a technical director" a telling
 * requirement of the postings that ask it.
 *
 * <p>A mention of the role (directeur technique, CTO, chief technology officer, VP / head /
 * director of engineering, directeur R&amp;D) counts when, in the same sentence:
 * <ul>
 *   <li>it follows "ancien", "ex", "former", "previous" ("ancien CTO", "ex-CTO"), unless the
 *       sentence speaks of succeeding or working with that person ("vous succédez à l'ancien
 *       CTO");</li>
 *   <li>or it follows "de", "en tant que", "comme", "as (a)", "au poste de", "été"... (possibly
 *       after "X ou"), with an experience word before it ("expérience", "parcours", "ans",
 *       "years", "background", "avez occupé") and no "vous"/"you" in between.</li>
 * </ul>
 * Not counted: the posting describing its own job ("En tant que directeur technique, vous
 * pilotez..."), reporting lines ("rattaché au CTO"), career prospects ("évoluer vers un poste
 * de directeur technique").
 */
public final class PriorRoleDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Role mentions as token sequences (folded, masculine). */
    private static final List<String[]> ROLES = List.of(
            words("directeur technique"), words("directeur r&d"), words("directeur de la technique"),
            words("directeur des technologies"), words("directeur de l ingenierie"),
            words("directeur ingenierie"), words("cto"), words("cpto"),
            words("chief technology officer"), words("chief technical officer"),
            words("technical director"), words("vp engineering"), words("vp of engineering"),
            words("vice president of engineering"), words("vice president engineering"),
            words("head of engineering"), words("director of engineering"),
            words("engineering director"));

    /** First words of {@link #ROLES}, to skip other words fast. */
    private static final Set<String> FIRST_WORDS = Set.copyOf(ROLES.stream().map(r -> r[0]).toList());

    private static final String[] FIRST_WORD_ARRAY = FIRST_WORDS.toArray(new String[0]);
    /** {@link TokenList#key(String)} of each {@link #FIRST_WORD_ARRAY} word. */
    private static final int[] FIRST_WORD_KEYS = java.util.Arrays.stream(FIRST_WORD_ARRAY)
            .mapToInt(TokenList::key).toArray();
    /** The characters of each {@link #FIRST_WORD_ARRAY} word (compared in place with a token's). */
    private static final char[][] FIRST_WORD_CHARS = java.util.Arrays.stream(FIRST_WORD_ARRAY)
            .map(String::toCharArray).toArray(char[][]::new);

    /** Bits of {@link #FIRST_WORDS}' keys: most words are ruled out without a set lookup. */
    private static final long[] FIRST_WORD_BITS = new long[1024 / 64];

    static {
        for (String w : FIRST_WORDS) {
            int b = bit(w);
            FIRST_WORD_BITS[b >>> 6] |= 1L << b;
        }
    }

    private static int bit(String word) {
        return bitOfKey(TokenList.key(word));
    }

    private static int bitOfKey(int key) {
        return key & 1023;
    }

    private static final Set<String> FORMER = Set.of("ancien", "ex", "former", "previous", "past",
            "prior", "precedent", "precedente");
    private static final Set<String> SUCCESSION = Set.of("succeder", "succedez", "succederez",
            "succede", "remplacer", "remplacez", "remplacerez", "remplacement", "succession",
            "replace", "replacing", "succeed", "succeeding", "cotes", "aupres", "avec", "with",
            "rattache", "report", "reporting", "reports");
    private static final Set<String> INTRO = Set.of("de", "d", "que", "qu", "comme", "as", "a", "an",
            "ete", "been", "type", "poste", "role", "fonction", "fonctions");
    private static final Set<String> ALTERNATIVE = Set.of("ou", "or", "et", "and");
    private static final Set<String> EXPERIENCE = Set.of("experience", "experiences", "expertise",
            "background", "parcours", "vecu", "track", "ans", "annees", "years", "justifiez",
            "occupe", "exerce", "tenu", "held", "served", "worked");
    /** "avez été CTO", "have been CTO". */
    private static final Set<String> HAVE = Set.of("avez", "avoir", "ayant", "have", "has", "having");
    private static final Set<String> BEEN = Set.of("ete", "been");
    private static final Set<String> SUBJECTS = Set.of("vous", "you", "nous", "we", "tu");
    private static final int LOOK_BACK = 18;
    private static final int ALTERNATIVE_WORDS = 4;

    /** A detector; all state is in static tables. */
    public PriorRoleDetector() {
    }

    /**
     * True when the text asks for prior technical-director / CTO experience ("expérience
     * réussie de directeur technique", "ancien CTO", "former CTO", "en tant que directeur
     * technique"). Not when the posting itself IS for a technical director describing the job.
     *
     * @param title the posting's title, or null
     * @param description the posting's text, or null
     */
    public boolean asksPriorTechnicalDirector(String title, String description) {
        return asksPrepared(PreparedText.of(title), PreparedText.of(description));
    }

    /** {@link #asksPriorTechnicalDirector(String, String)} of a prepared title and description. */
    boolean asksPrepared(PreparedText title, PreparedText description) {
        String t = title.raw();
        return t != null && TITLES.get(t, key -> asks(title)) || asks(description);
    }

    /**
     * {@link #asks(List)} of a text's tokens with punctuation, made only when one of its words
     * may start a role mention (a few texts in a hundred).
     */
    private static boolean asks(PreparedText text) {
        return anyRole(text.words()) && asks(text.wordsAndPunctuation());
    }

    /** {@link #ROLES} as characters and {@link TokenList#key keys}, compared in place with a token list's words. */
    private static final char[][][] ROLE_CHARS = ROLES.stream()
            .map(r -> java.util.Arrays.stream(r).map(String::toCharArray).toArray(char[][]::new))
            .toArray(char[][][]::new);
    private static final int[][] ROLE_KEYS = ROLES.stream()
            .map(r -> java.util.Arrays.stream(r).mapToInt(TokenList::key).toArray()).toArray(int[][]::new);

    /**
     * False when no role of {@link #ROLES} can be read in the text: no word starts one, its
     * words following each other (a word repeated counts once, as {@link #asks(List)} reads
     * them). Every mention {@link #asks(List)} finds among the tokens with punctuation is such
     * a run among the words without it, so a text without one is ruled out before it is
     * tokenized again with its punctuation (most texts that hold "engineering" or "head").
     */
    private static boolean anyRole(List<String> words) {
        if (!(words instanceof TokenList list)) {
            return anyFirstWord(words);
        }
        int[] keys = list.keyArray();
        for (int i = 0, n = list.size(); i < n; i++) {
            int bit = bitOfKey(keys[i]);
            if ((FIRST_WORD_BITS[bit >>> 6] & (1L << bit)) == 0) {
                continue;
            }
            for (int r = 0; r < ROLE_CHARS.length; r++) {
                if (startsRole(list, i, ROLE_CHARS[r], ROLE_KEYS[r])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the role {@code role} (of keys {@code keys}) starts at word {@code i}, repeats counting once. */
    private static boolean startsRole(TokenList list, int i, char[][] role, int[] keys) {
        if (!list.is(i, role[0], keys[0])) {
            return false;
        }
        int n = list.size();
        int j = i + 1;
        for (int m = 1; m < role.length; m++) {
            while (j < n && list.sameToken(j, j - 1)) {
                j++;
            }
            if (j >= n || !list.is(j, role[m], keys[m])) {
                return false;
            }
            j++;
        }
        return true;
    }

    /** {@link #asks} of the titles already seen (boards repeat titles). */
    private static final Memo<String, Boolean> TITLES = new Memo<>(8192);

    /**
     * Whether the words with punctuation ask for prior experience of a role: each mention of a
     * {@link #ROLES role}, a word repeated counting once ("Directeur / Directrice technique" reads
     * "directeur technique"), judged by {@link #counts}. A mention is looked for only where a word
     * is one of {@link #FIRST_WORDS} (by its key, then its characters); a {@link TokenList} tells
     * repeats and first words by its words' keys and characters, and makes a word a string only
     * when {@link #roleAt} or {@link #counts} reads it.
     */
    static boolean asks(List<String> words) {
        if (!anyFirstWord(words)) {
            return false; // no role mention at all: most texts
        }
        TokenList list = words instanceof TokenList t ? t : null;
        int n = words.size();
        int[] kept = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (size == 0 || !(list != null ? list.sameToken(i, kept[size - 1])
                    : words.get(i).equals(words.get(kept[size - 1])))) {
                kept[size++] = i;
            }
        }
        List<String> tokens = new Kept(words, kept, size);
        for (int i = 0; i < size; i++) {
            int at = kept[i];
            int key = list != null ? list.key(at) : TokenList.key(words.get(at));
            int bit = bitOfKey(key);
            if ((FIRST_WORD_BITS[bit >>> 6] & (1L << bit)) == 0 || !isFirstWord(words, list, at, key)) {
                continue; // roleAt would give 0
            }
            int length = roleAt(tokens, i);
            if (length > 0 && counts(tokens, i, i + length)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of a list at the given indices, each made a string when read. */
    private static final class Kept extends AbstractList<String> implements RandomAccess {
        private final List<String> list;
        private final int[] at;
        private final int size;

        Kept(List<String> list, int[] at, int size) {
            this.list = list;
            this.at = at;
            this.size = size;
        }

        @Override
        public String get(int i) {
            Objects.checkIndex(i, size);
            return list.get(at[i]);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Whether some word is one of {@link #FIRST_WORDS} (a role mention may start there). */
    private static boolean anyFirstWord(List<String> words) {
        TokenList list = words instanceof TokenList t ? t : null; // keys without the strings
        int[] keys = list != null ? list.keyArray() : null;
        for (int i = 0, n = words.size(); i < n; i++) {
            int key = keys != null ? keys[i] : TokenList.key(words.get(i));
            int bit = bitOfKey(key);
            if ((FIRST_WORD_BITS[bit >>> 6] & (1L << bit)) != 0 && isFirstWord(words, list, i, key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code i} (of key {@code key}) is one of {@link #FIRST_WORDS}, compared in place. */
    private static boolean isFirstWord(List<String> words, TokenList list, int i, int key) {
        for (int k = 0; k < FIRST_WORD_ARRAY.length; k++) {
            String w = FIRST_WORD_ARRAY[k];
            if (FIRST_WORD_KEYS[k] == key
                    && (list != null ? list.is(i, FIRST_WORD_CHARS[k], key) : w.equals(words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean counts(List<String> t, int start, int end) {
        String next = end < t.size() ? t.get(end) : "";
        if (next.equals(RoleText.COMMA) && end + 1 < t.size()) {
            next = t.get(end + 1);
        }
        if (SUBJECTS.contains(next)) {
            return false;
        }
        int sentence = sentenceStart(t, start);
        if (start > 0 && FORMER.contains(t.get(start - 1))) {
            for (int k = Math.max(sentence, start - 6); k < start - 1; k++) {
                if (SUCCESSION.contains(t.get(k))) {
                    return false;
                }
            }
            return true;
        }
        int intro = introBefore(t, start, sentence);
        if (intro < 0) {
            return false;
        }
        if (BEEN.contains(t.get(intro)) && intro > sentence && HAVE.contains(t.get(intro - 1))) {
            return true;
        }
        for (int k = intro - 1; k >= Math.max(sentence, intro - LOOK_BACK); k--) {
            String w = t.get(k);
            if (EXPERIENCE.contains(w)) {
                return true;
            }
            if (SUBJECTS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Index of the intro word before a mention (maybe before "X ou"), or -1. */
    private static int introBefore(List<String> t, int start, int sentence) {
        if (start - 1 >= sentence && INTRO.contains(t.get(start - 1))) {
            return start - 1;
        }
        if (start - 1 >= sentence && ALTERNATIVE.contains(t.get(start - 1))) {
            for (int k = start - 2; k >= Math.max(sentence, start - 2 - ALTERNATIVE_WORDS); k--) {
                if (INTRO.contains(t.get(k))) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static int sentenceStart(List<String> t, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (t.get(k).equals(RoleText.SENTENCE_END)) {
                return k + 1;
            }
        }
        return 0;
    }

    /** Length in tokens of the role mention starting at {@code i}, or 0. */
    private static int roleAt(List<String> t, int i) {
        String first = t.get(i);
        int bit = bit(first);
        if ((FIRST_WORD_BITS[bit >>> 6] & (1L << bit)) == 0 || !FIRST_WORDS.contains(first)) {
            return 0;
        }
        for (String[] role : ROLES) {
            if (i + role.length <= t.size() && t.get(i).equals(role[0])) {
                boolean all = true;
                for (int k = 1; k < role.length && all; k++) {
                    all = t.get(i + k).equals(role[k]);
                }
                if (all) {
                    return role.length;
                }
            }
        }
        return 0;
    }

    private static String[] words(String phrase) {
        return new ArrayList<>(RoleText.words(phrase)).toArray(new String[0]);
    }
}
