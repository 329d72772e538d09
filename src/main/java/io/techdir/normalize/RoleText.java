package io.techdir.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text preparation shared by the role, location, employer, skills and prior-role parsers:
 * accent- and case-folding, gender-form removal and tokenization into lower-case ASCII words.
 *
 * <p>Pure and stateless; every table is a static final built once. The scanner is written by
 * hand rather than with regular expressions because it runs on every title (about 1 µs).
 */
final class RoleText {

    /** Folded forms of U+0080..U+024F, computed once with NFD + mark stripping. */
    private static final String[] LATIN = new String[0x250 - 0x80];

    static {
        for (char c = 0x80; c < 0x250; c++) {
            String folded = switch (c) {
                case 'œ', 'Œ' -> "oe";
                case 'æ', 'Æ' -> "ae";
                case 'ß' -> "ss";
                case 'ø', 'Ø' -> "o";
                case 'đ', 'Đ' -> "d";
                case 'ł', 'Ł' -> "l";
                case '\u00a0' -> " ";
                default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            };
            LATIN[c - 0x80] = folded;
        }
    }

    /** End (exclusive) of the range {@link #HIGH} covers. */
    private static final char HIGH_END = 0x3000;
    /** {@link #foldHigh} of U+0250..U+2FFF, computed once (Character's tables are slow). */
    private static final char[] HIGH = new char[HIGH_END - 0x250];

    static {
        for (char c = 0x250; c < HIGH_END; c++) {
            HIGH[c - 0x250] = foldHigh(c);
        }
    }

    /** The fold of a character from U+0250 on: quotes, bullets, spaces, else lower case. */
    private static char foldHigh(char c) {
        if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
            return '\'';
        } else if (c == '\u2027' || c == '\u2022') {
            return '\u00b7';
        } else if (Character.isSpaceChar(c)) {
            return ' ';
        }
        return Character.toLowerCase(c);
    }

    /** Inclusive-writing endings dropped after "·", ".", "(", "/", "-": "directeur·rice". */
    private static final Set<String> SUFFIXES = Set.of(
            "e", "ne", "se", "fe", "rice", "trice", "ice", "ere", "euse", "ive",
            "es", "nes", "ses", "rices", "trices", "eres", "euses", "ives");

    /** Letters of a gender tag: "(H/F)", "F/H", "h/f/d", "M/F", "H/F/X". */
    private static final String TAG_LETTERS = "hfmwx";
    /** Letters that may come third in a tag: "h/f/d", "h/f/x", "f/h/n". */
    private static final String TAG_THIRD = "hfmwxdnb";
    /** {@link #TAG_LETTERS} by character (ASCII), looked up for every one-letter word. */
    private static final boolean[] TAG_LETTER = new boolean[128];

    static {
        for (char c : TAG_LETTERS.toCharArray()) {
            TAG_LETTER[c] = true;
        }
    }

    /** Feminine and plural forms of title words mapped to the masculine singular. */
    private static final Map<String, String> MASCULINE = Map.ofEntries(
            Map.entry("directrice", "directeur"), Map.entry("directrices", "directeur"),
            Map.entry("directeurs", "directeur"), Map.entry("generale", "general"),
            Map.entry("adjointe", "adjoint"), Map.entry("deleguee", "delegue"),
            Map.entry("commerciale", "commercial"), Map.entry("industrielle", "industriel"),
            Map.entry("presidente", "president"), Map.entry("gerante", "gerant"),
            Map.entry("cogerante", "cogerant"), Map.entry("nationale", "national"),
            Map.entry("regionale", "regional"), Map.entry("internationale", "international"),
            Map.entry("technicienne", "technicien"), Map.entry("ingenieure", "ingenieur"),
            Map.entry("cheffe", "chef"), Map.entry("associee", "associe"),
            Map.entry("administrative", "administratif"), Map.entry("financiere", "financier"),
            Map.entry("operationnelle", "operationnel"), Map.entry("apprentie", "apprenti"),
            Map.entry("alternante", "alternant"), Map.entry("assistante", "assistant"),
            Map.entry("consultante", "consultant"), Map.entry("developpeuse", "developpeur"),
            Map.entry("coordinatrice", "coordinateur"), Map.entry("coordonnatrice", "coordonnateur"),
            Map.entry("chargee", "charge"), Map.entry("informaticienne", "informaticien"),
            Map.entry("chercheuse", "chercheur"), Map.entry("conseillere", "conseiller"),
            Map.entry("controleuse", "controleur"), Map.entry("acheteuse", "acheteur"),
            Map.entry("vendeuse", "vendeur"), Map.entry("doctorante", "doctorant"),
            Map.entry("administratrice", "administrateur"), Map.entry("sportive", "sportif"));

    /** Last letters of the {@link #MASCULINE} keys (ASCII), to skip the lookup for other words. */
    private static final boolean[] MASCULINE_LAST = new boolean[128];
    /** Length of the longest {@link #SUFFIXES} entry. */
    private static final int MAX_SUFFIX;
    /** Lengths of the shortest and the longest {@link #MASCULINE} keys. */
    private static final int MASCULINE_SHORTEST;
    private static final int MASCULINE_LONGEST;

    static {
        for (String k : MASCULINE.keySet()) {
            MASCULINE_LAST[k.charAt(k.length() - 1)] = true;
        }
        MASCULINE_SHORTEST = MASCULINE.keySet().stream().mapToInt(String::length).min().orElse(0);
        MASCULINE_LONGEST = MASCULINE.keySet().stream().mapToInt(String::length).max().orElse(0);
        MAX_SUFFIX = SUFFIXES.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Head words whose following "adjoint" is dropped: a deputy keeps the family. */
    private static final Set<String> DEPUTY_HEADS = Set.of("directeur", "gerant", "cogerant");

    /** Token for a sentence end in {@link #textTokens} with punctuation kept. */
    static final String SENTENCE_END = "|";
    /** Token for a comma in {@link #textTokens} with punctuation kept. */
    static final String COMMA = ",";

    private RoleText() {
    }

    /** Lower-cases (locale-independent) and strips accents; null becomes "". */
    static String fold(CharSequence text) {
        if (text == null) {
            return "";
        }
        char[] out = foldChars(text);
        return new String(out, 0, out.length);
    }

    /** {@link #fold} as an array of exactly the folded characters (none for null). */
    static char[] foldChars(CharSequence text) {
        if (text == null) {
            return new char[0];
        }
        int n = text.length();
        char[] in = text instanceof String str ? str.toCharArray() : text.toString().toCharArray();
        char[] out = new char[n + 8];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c < 0x80 && k < out.length) {
                // the common case first: ASCII, lower-cased
                out[k++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                continue;
            }
            if (k + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            if (c < 0x80) {
                out[k++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c < 0x250) {
                String f = LATIN[c - 0x80];
                if (f.length() == 1) {
                    out[k++] = f.charAt(0);
                } else {
                    if (k + f.length() > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2 + f.length());
                    }
                    f.getChars(0, f.length(), out, k);
                    k += f.length();
                }
            } else if (c < HIGH_END) {
                out[k++] = HIGH[c - 0x250];
            } else {
                out[k++] = foldHigh(c);
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    /**
     * A job title prepared for rule matching: folded, gender tags and inclusive suffixes removed,
     * feminine words made masculine, "directeur adjoint" made "directeur" (also "gérant"),
     * "R & D" made "r&d", and a repeated "Directeur X / Directrice X" collapsed.
     */
    static List<String> titleTokens(String title) {
        List<String> tokens = new ArrayList<>(12);
        scan(foldChars(title), tokens, false);
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).equals("adjoint") && DEPUTY_HEADS.contains(tokens.get(i - 1))) {
                tokens.remove(i--);
            }
        }
        return dedupe(tokens);
    }

    /**
     * A free text (a description) as words, folded, with gender forms removed and feminine
     * words made masculine. Sentence ends ({@code . ! ? ; :}, bullets and line breaks) become
     * the token {@link #SENTENCE_END} and commas {@link #COMMA} when {@code keepPunctuation}.
     */
    static List<String> textTokens(String text, boolean keepPunctuation) {
        List<String> tokens = new ArrayList<>(text == null ? 4 : text.length() / 6 + 4);
        scan(foldChars(text), tokens, keepPunctuation);
        return tokens;
    }

    /**
     * {@link #textTokens(String, boolean)} of a text already folded as {@link #fold} folds it
     * (the array is only read): a {@link TokenList}, whose words become strings only when read.
     */
    static List<String> textTokensFolded(char[] folded, boolean keepPunctuation) {
        TokenList tokens = new TokenList(folded, folded.length / (keepPunctuation ? 5 : 6) + 4);
        return merged(tokens, scanWords(folded, tokens, keepPunctuation, null, null));
    }

    /**
     * {@link #textTokens(String, boolean)} of {@code original}, read from {@code FoldedText}'s
     * folded characters of it ({@code folded}, only read) when that is how they differ from this
     * class's ({@link FoldedText#wordsReadWithOriginal()}): where the tokenizer looks at a
     * punctuation mark it takes this class's fold of the original character ("–", "·" for "•"),
     * and a word holding a character this class makes two letters ({@code expandedLetters}: "œ"
     * is "oe") is that word with them. A {@link TokenList} over {@code folded}, its words at their
     * positions there.
     */
    static List<String> textTokensFolded(char[] folded, String original, boolean expandedLetters,
            boolean keepPunctuation) {
        TokenList tokens = new TokenList(folded, folded.length / (keepPunctuation ? 5 : 6) + 4);
        int[] expanded = expandedLetters ? expandedAt(original) : null;
        return merged(tokens, scanWords(folded, tokens, keepPunctuation, original, expanded));
    }

    /** This class's fold of {@code c} where it is one character (else {@code c}'s first). */
    private static char foldOne(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c < 0x250) {
            String f = LATIN[c - 0x80];
            return f.isEmpty() ? c : f.charAt(0);
        }
        return c < HIGH_END ? HIGH[c - 0x250] : foldHigh(c);
    }

    /** Positions of the characters of {@code s} this class folds into two letters ("œ", "æ", "ß"), in order. */
    private static int[] expandedAt(String s) {
        int[] at = new int[4];
        int n = 0;
        for (int i = 0, length = s.length(); i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c < 0x250 && LATIN[c - 0x80].length() == 2) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(at, n);
    }

    /**
     * The tokens of a scan, with "r &amp; d" merged when a letter "r" was found and is followed
     * by what {@link #mergeRandD} merges (into a copy; most texts with an "r" have none: "R,
     * Python").
     */
    private static List<String> merged(TokenList tokens, boolean letterR) {
        if (letterR && mayMergeRandD(tokens)) {
            List<String> copy = new ArrayList<>(tokens);
            mergeRandD(copy);
            return copy;
        }
        return tokens;
    }

    /** The words of a folded text: runs of {@code [a-z0-9&+]}, nothing removed. */
    static List<String> words(String folded) {
        List<String> out = new ArrayList<>(12);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && isWordChar(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Splits a folded text into tokens, dropping gender forms on the way. */
    private static void scan(char[] s, List<String> tokens, boolean punctuation) {
        if (scanWords(s, tokens, punctuation, null, null)) {
            mergeRandD(tokens);
        }
    }

    /**
     * {@link #scan} without the R&amp;D merge; whether a one-letter word "r" was added (else
     * there is nothing to merge). With {@code original} (else null), {@code s} is
     * {@code FoldedText}'s fold of it: see {@link #textTokensFolded(char[], String, boolean, boolean)};
     * {@code expanded} are the positions of its letters this class makes two (or null: none).
     */
    private static boolean scanWords(char[] s, List<String> tokens, boolean punctuation, String original,
            int[] expanded) {
        WordScan scan = new WordScan(s, tokens, punctuation, original, expanded);
        int n = s.length;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c < WORD_KIND.length && WORD_KIND[c] != 0) {
                int start = i++;
                int kinds = WORD_KIND[c];
                int kind;
                while (i < n && (c = s[i]) < WORD_KIND.length && (kind = WORD_KIND[c]) != 0) {
                    kinds |= kind;
                    i++;
                }
                i = scan.word(start, i, kinds > LETTER_OR_DIGIT);
                continue;
            }
            scan.other(punctuation && original != null ? foldOne(original.charAt(i)) : c);
            i++;
        }
        return scan.letterR;
    }

    /**
     * The tokenizer's state between words: gender tags being dropped, and whether a one-letter
     * word "r" was added. {@link #word} takes each word, {@link #other} each other character.
     */
    private static final class WordScan {
        private final char[] s;
        private final List<String> tokens;
        private final boolean punctuation;
        private final TokenList list;
        /** The original text of {@code s} when it is {@code FoldedText}'s fold of it, else null. */
        private final String original;
        /** Positions of the letters this class makes two, in order (null: none); the next one to look at. */
        private final int[] expanded;
        private int nextExpanded;
        // gender tag state: 0 none, 1 a tag letter followed by "/" was added at tokens[pending],
        // 2 a tag was dropped and a third letter ("h/f/d") may follow
        private int state;
        private int pending = -1;
        boolean letterR;

        WordScan(char[] s, List<String> tokens, boolean punctuation, String original, int[] expanded) {
            this.s = s;
            this.tokens = tokens;
            this.punctuation = punctuation;
            this.list = tokens instanceof TokenList t ? t : null;
            this.original = original;
            this.expanded = expanded;
        }

        /**
         * Takes the word {@code s[start, end)}, which holds '&amp;' or '+' when {@code joined};
         * returns where scanning goes on (after a gender suffix such as "·rice", if any).
         */
        int word(int start, int end, boolean joined) {
            int length = end - start;
            int i = suffixEnd(end);
            if (joined && list != null) {
                list.markJoined(start, end);
            }
            if (expanded != null) {
                String word = withExpandedLetters(start, end);
                if (word != null) {
                    state = 0;
                    String masculine = masculine(word);
                    if (list != null) {
                        list.addReplaced(masculine, start, length);
                    } else {
                        tokens.add(masculine);
                    }
                    return i;
                }
            }
            if (length == 1) {
                return letter(start, i);
            }
            state = 0;
            // a word becomes a string when needed (TokenList: when read)
            int key = TokenList.key(s, start, end);
            if (length >= MASCULINE_SHORTEST && length <= MASCULINE_LONGEST && mayBeMasculineKey(key)) {
                String word = new String(s, start, length);
                String masculine = masculine(word);
                if (masculine != word) {
                    if (list != null) {
                        list.addReplaced(masculine, start, length);
                    } else {
                        tokens.add(masculine);
                    }
                    return i;
                }
                if (list == null) {
                    tokens.add(word);
                    return i;
                }
            }
            if (list != null) {
                list.addWord(start, length, key);
            } else {
                tokens.add(length == 2 ? shortWord(s, start, length) : new String(s, start, length));
            }
            return i;
        }

        /**
         * A one-letter word at {@code s[start]}, read up to {@code i}: a gender tag's letters
         * ("h / f / d") are dropped, any other letter is a token.
         */
        private int letter(int start, int i) {
            char c = s[start];
            boolean tag = c < 128 && TAG_LETTER[c];
            if (state == 1 && tag) {
                tokens.remove(pending);
                state = slashFollows(s, i) ? 2 : 0;
                return i;
            }
            if (state == 2 && TAG_THIRD.indexOf(c) >= 0) { // rare: after "h/f/"
                state = 0;
                return i;
            }
            state = 0;
            // no one-letter word is a MASCULINE key
            if (list != null) {
                list.addWord(start, 1, TokenList.key(s, start, start + 1));
            } else {
                tokens.add(SHORT_WORDS[wordCharIndex(c)]);
            }
            letterR |= c == 'r';
            if (tag && slashFollows(s, i)) {
                state = 1;
                pending = tokens.size() - 1;
            }
            return i;
        }

        /**
         * Where scanning goes on after the word ending at {@code end}: after its gender suffix,
         * if any ({@link #skipSuffix}), read as this class folds the original text.
         */
        private int suffixEnd(int end) {
            if (original == null) {
                return skipSuffix(s, end);
            }
            if (end + 1 >= s.length) {
                return end;
            }
            int j = skipSuffix(s, end, foldOne(original.charAt(end)));
            // a letter made two is in no suffix ("(e)ß" is "(e)ss" there)
            return j > end && expanded != null && expandedWithin(end + 1, j) ? end : j;
        }

        /** The word {@code s[start, end)} with its letters made two, or null when it holds none. */
        private String withExpandedLetters(int start, int end) {
            int k = nextExpanded;
            while (k < expanded.length && expanded[k] < start) {
                k++;
            }
            nextExpanded = k;
            if (k == expanded.length || expanded[k] >= end) {
                return null;
            }
            StringBuilder b = new StringBuilder(end - start + 2);
            for (int p = start; p < end; p++) {
                b.append(s[p]);
                if (k < expanded.length && expanded[k] == p) {
                    b.append(LATIN[original.charAt(p) - 0x80].charAt(1));
                    k++;
                }
            }
            return b.toString();
        }

        /** Whether a letter made two stands in {@code s[from, to)}. */
        private boolean expandedWithin(int from, int to) {
            int at = java.util.Arrays.binarySearch(expanded, from);
            int k = at >= 0 ? at : -at - 1;
            return k < expanded.length && expanded[k] < to;
        }

        /** Takes a character that is not a word character: punctuation, when kept, is a token. */
        void other(char c) {
            if (punctuation && c != ' ') {
                if (c == ',') {
                    tokens.add(COMMA);
                } else if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n'
                        || c == '\u00b7' || c == '|') {
                    if (!tokens.isEmpty() && !(list != null ? list.lastIs(SENTENCE_END)
                            : tokens.get(tokens.size() - 1).equals(SENTENCE_END))) {
                        tokens.add(SENTENCE_END);
                    }
                }
            }
        }
    }

    /** Bits of the {@link #MASCULINE} keys' {@link TokenList#key keys}: most words are ruled out without a lookup. */
    private static final long[] MASCULINE_KEY_BITS = new long[4096 / 64];

    static {
        for (String k : MASCULINE.keySet()) {
            if (k.length() < 2) {
                throw new IllegalStateException("masculine forms: '" + k + "'; expected two letters or more");
            }
            int b = masculineBit(TokenList.key(k));
            MASCULINE_KEY_BITS[b >>> 6] |= 1L << b;
        }
    }

    private static int masculineBit(int key) {
        return key & 4095;
    }

    /** False when no {@link #MASCULINE} key has this {@link TokenList#key key}. */
    private static boolean mayBeMasculineKey(int key) {
        int b = masculineBit(key);
        return (MASCULINE_KEY_BITS[b >>> 6] & (1L << b)) != 0;
    }

    /** {@link #MASCULINE} of a word, or the word; most words are skipped by their last letter. */
    private static String masculine(String word) {
        int length = word.length();
        if (length < MASCULINE_SHORTEST || length > MASCULINE_LONGEST) {
            return word;
        }
        char last = word.charAt(length - 1);
        if (last >= MASCULINE_LAST.length || !MASCULINE_LAST[last]) {
            return word;
        }
        return MASCULINE.getOrDefault(word, word);
    }

    /** After a word ending at {@code i}: skips "·rice", "(trice)", ".e", "/ne", "(e)s". */
    private static int skipSuffix(char[] s, int i) {
        return i + 1 >= s.length ? i : skipSuffix(s, i, s[i]);
    }

    /** {@link #skipSuffix(char[], int)} with {@code sep} read as the character at {@code i} ({@code i + 1 < s.length}). */
    private static int skipSuffix(char[] s, int i, char sep) {
        int n = s.length;
        if (sep != '\u00b7' && sep != '.' && sep != '(' && sep != '/' && sep != '-') {
            return i;
        }
        int j = i + 1;
        while (j < n && s[j] >= 'a' && s[j] <= 'z') {
            j++;
        }
        if (j == i + 1 || j - i - 1 > MAX_SUFFIX || !isSuffix(s, i + 1, j)) {
            return i;
        }
        if (j < n && s[j] == ')') {
            j++;
            if (j < n && s[j] == 's') {
                j++;
            }
        }
        if (j < n && isWordChar(s[j])) {
            return i;
        }
        return j;
    }

    /** {@link #SUFFIXES} as characters, compared in place (no string made for each candidate). */
    private static final char[][] SUFFIX_CHARS = SUFFIXES.stream().map(String::toCharArray).toArray(char[][]::new);

    /** Whether {@code s[from, to)} is one of {@link #SUFFIXES}. */
    private static boolean isSuffix(char[] s, int from, int to) {
        for (char[] suffix : SUFFIX_CHARS) {
            if (java.util.Arrays.equals(suffix, 0, suffix.length, s, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean slashFollows(char[] s, int i) {
        while (i < s.length && s[i] == ' ') {
            i++;
        }
        return i < s.length && s[i] == '/';
    }

    private static final char[] R = {'r'};
    private static final char[] D = {'d'};
    private static final char[] AMPERSAND = {'&'};
    private static final char[] ET = {'e', 't'};
    private static final int R_KEY = TokenList.key("r");
    private static final int D_KEY = TokenList.key("d");
    private static final int AMPERSAND_KEY = TokenList.key("&");
    private static final int ET_KEY = TokenList.key("et");

    /**
     * Whether {@link #mergeRandD} would merge something in {@code t}: some "r" followed by "d",
     * or by "&amp;" or "et" and then "d" (compared in place, without making the words strings).
     */
    private static boolean mayMergeRandD(TokenList t) {
        for (int i = 0, n = t.size(); i + 1 < n; i++) {
            if (t.is(i, R, R_KEY) && (t.is(i + 1, D, D_KEY)
                    || (t.is(i + 1, AMPERSAND, AMPERSAND_KEY) || t.is(i + 1, ET, ET_KEY))
                            && i + 2 < n && t.is(i + 2, D, D_KEY))) {
                return true;
            }
        }
        return false;
    }

    /** "r & d", "r et d", "r d" (from "R-D", "R/D") become "r&d". */
    private static void mergeRandD(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.length() != 1 || t.charAt(0) != 'r') {
                continue;
            }
            String next = tokens.get(i + 1);
            if (next.equals("d")) {
                tokens.subList(i, i + 2).clear();
                tokens.add(i, "r&d");
            } else if ((next.equals("&") || next.equals("et")) && i + 2 < tokens.size()
                    && tokens.get(i + 2).equals("d")) {
                tokens.subList(i, i + 3).clear();
                tokens.add(i, "r&d");
            }
        }
    }

    /** Word characters in {@link #SHORT_WORDS} order: letters, digits, '&amp;', '+'. */
    private static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789&+";
    private static final int WORD_CHAR_COUNT = WORD_CHARS.length();
    /**
     * Every word of one or two word characters, built once with its hash: the articles and
     * prepositions that make a third of a description's words ("de", "la", "a") are then
     * neither allocated nor hashed again.
     */
    private static final String[] SHORT_WORDS = new String[WORD_CHAR_COUNT + WORD_CHAR_COUNT * WORD_CHAR_COUNT];

    static {
        for (int a = 0; a < WORD_CHAR_COUNT; a++) {
            SHORT_WORDS[a] = String.valueOf(WORD_CHARS.charAt(a));
            for (int b = 0; b < WORD_CHAR_COUNT; b++) {
                String w = "" + WORD_CHARS.charAt(a) + WORD_CHARS.charAt(b);
                w.hashCode();
                SHORT_WORDS[WORD_CHAR_COUNT + a * WORD_CHAR_COUNT + b] = w;
            }
            SHORT_WORDS[a].hashCode();
        }
    }

    /** The shared string of a word of one or two word characters at {@code s[start]}. */
    private static String shortWord(char[] s, int start, int length) {
        int a = wordCharIndex(s[start]);
        return length == 1 ? SHORT_WORDS[a]
                : SHORT_WORDS[WORD_CHAR_COUNT + a * WORD_CHAR_COUNT + wordCharIndex(s[start + 1])];
    }

    private static int wordCharIndex(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c == '&' ? 36 : 37;
    }

    /** Whether the tokenizer reads {@code c} (folded) as a word character: {@code [a-z0-9&+]}. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&' || c == '+';
    }

    /**
     * Per ASCII character (no other character is a word character): {@link #LETTER_OR_DIGIT} for {@code [a-z0-9]}, {@link #JOINER} for
     * '&amp;' and '+' (word characters too, which {@link DegreeWords} splits words at), else 0.
     */
    private static final byte[] WORD_KIND = new byte[128];
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte JOINER = 2;

    static {
        for (char c = 0; c < WORD_KIND.length; c++) {
            WORD_KIND[c] = !isWordChar(c) ? 0 : c == '&' || c == '+' ? JOINER : LETTER_OR_DIGIT;
        }
    }

    /** Removes an n-gram (n = 4..1) that repeats the n-gram just before it. */
    private static List<String> dedupe(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(4, (tokens.size() - i) / 2); n >= 1; n--) {
                if (repeats(tokens, i, n)) {
                    tokens.subList(i + n, i + 2 * n).clear();
                    break;
                }
            }
        }
        return tokens;
    }

    private static boolean repeats(List<String> tokens, int at, int n) {
        for (int k = 0; k < n; k++) {
            if (!tokens.get(at + k).equals(tokens.get(at + n + k))) {
                return false;
            }
        }
        return true;
    }
}
