package io.techdir.normalize;

import java.util.List;

/**
 * One posting text (a title or a description) prepared once for every parser that reads it:
 * the text as passed, its {@link TextHygiene#clean cleaned} form, and, computed on first use,
 * the forms the parsers match against: the position-preserving {@link FoldedText}, the
 * {@link TextHygiene#fold folded} text of the salary rules and the {@link RoleText} words. Most
 * texts fold alike in all three ({@link FoldedText#foldsAlike()}); then they are folded once.
 * {@link PostingNormalizer} builds one per text and hands it to each parser, so a description
 * is cleaned and folded once per posting instead of once per parser; each parser's public
 * {@code String} method builds its own, so both give the same results.
 *
 * <p>Every form is computed on first use. Not thread-safe (the lazy forms are plain fields): one
 * instance per call.
 */
final class PreparedText {

    private final String raw;
    /** Whether every parser of a posting will read it: then it is folded once for all of them. */
    private final boolean forPosting;
    private String clean;
    private boolean cleaned;
    private FoldedText folded;
    private String salaryFolded;
    private String rawSalaryFolded;
    private List<String> words;
    private List<String> wordsAndPunctuation;
    /** {@code RoleText}'s folded characters of a text whose tokens are not read from {@link #folded}. */
    private char[] roleFolded;

    private PreparedText(String raw, boolean forPosting) {
        this.raw = raw;
        this.forPosting = forPosting;
    }

    /** Prepares a text for one parser; null gives an empty text. */
    static PreparedText of(String raw) {
        return new PreparedText(raw, false);
    }

    /** Prepares a text that every parser of a posting will read; null gives an empty text. */
    static PreparedText forPosting(String raw) {
        return new PreparedText(raw, true);
    }

    /**
     * {@link #forPosting(String)} of {@code cleaned}, the {@link TextHygiene#clean cleaned} form of
     * {@code published}: when cleaning gave back the very same string, cleaning it again would
     * too, so {@link #clean()} is known without a second pass over the text.
     */
    static PreparedText forPosting(String cleaned, String published) {
        PreparedText p = new PreparedText(cleaned, true);
        if (cleaned != null && cleaned == published) {
            p.clean = cleaned;
            p.cleaned = true;
        }
        return p;
    }

    /**
     * {@link #forPosting(String, String)} of a text as published and its cleaned form
     * ({@link FoldedText#ofPublished}): when the text is already clean, cleaning and folding are one
     * pass; else its cleaned form, almost always clean itself, is checked and folded in one pass,
     * from where the published text was found not clean.
     */
    static PreparedText forPublished(String published) {
        FoldedText f = FoldedText.ofPublished(published);
        if (f != null) {
            return clean(f.original(), f);
        }
        // blank, or cleaned into a text that is not clean either (rare): cleaned again, folded when asked
        return forPosting(TextHygiene.cleanUnclean(published), published);
    }

    /** A posting's text that cleaning gives back as it is, with its folded form. */
    private static PreparedText clean(String text, FoldedText folded) {
        PreparedText p = new PreparedText(text, true);
        p.clean = text;
        p.cleaned = true;
        p.folded = folded;
        return p;
    }

    /** The text as passed (may be null). */
    String raw() {
        return raw;
    }

    /** Whether the text as passed is null or {@link String#isBlank() blank}. */
    boolean isRawBlank() {
        return raw == null || raw.isBlank();
    }

    /** {@link TextHygiene#clean} of the text (null for a null or blank text). */
    String clean() {
        if (!cleaned) {
            clean = TextHygiene.clean(raw);
            cleaned = true;
        }
        return clean;
    }

    /** {@link FoldedText#of} of the text. */
    FoldedText folded() {
        FoldedText f = folded;
        if (f == null) {
            String c = clean();
            f = FoldedText.ofClean(c == null ? "" : c);
            folded = f;
        }
        return f;
    }

    /** {@link TextHygiene#fold} of the cleaned text ("" when blank). */
    String salaryFolded() {
        String f = salaryFolded;
        if (f == null) {
            FoldedText same = forPosting || folded != null ? folded() : null;
            f = same != null && same.foldsAlike() ? same.folded() : TextHygiene.fold(clean());
            salaryFolded = f;
        }
        return f;
    }

    /**
     * The {@link #folded()} text when it is already built and its folded string is
     * {@link #salaryFolded()} itself (so that positions in one are positions in the other);
     * else null.
     */
    FoldedText foldedOfSalary() {
        String s = salaryFolded();
        FoldedText f = folded;
        return f != null && f.folded() == s ? f : null;
    }

    /** {@link TextHygiene#fold} of the text as passed. */
    String rawSalaryFolded() {
        String f = rawSalaryFolded;
        if (f == null) {
            f = raw != null && raw.equals(clean()) ? salaryFolded() : TextHygiene.fold(raw);
            rawSalaryFolded = f;
        }
        return f;
    }

    /** {@link RoleText#textTokens} of the text as passed, without punctuation (shared: do not modify). */
    List<String> words() {
        if (words == null) {
            words = tokens(false);
        }
        return words;
    }

    /**
     * {@link RoleText#textTokens} of the text as passed, with punctuation (shared: do not
     * modify). Made on its own when asked for: few texts need it ({@link PriorRoleDetector}).
     */
    List<String> wordsAndPunctuation() {
        if (wordsAndPunctuation == null) {
            wordsAndPunctuation = tokens(true);
        }
        return wordsAndPunctuation;
    }

    /**
     * {@link #words()} when they are read from {@link #folded()}'s characters (a posting's text
     * whose words fold alike, {@link FoldedText#foldsAlikeForWords()}: most descriptions; or whose
     * other characters can be read from its original, {@link FoldedText#wordsReadWithOriginal()}),
     * so that positions in one are positions in the other;
     * else null, without tokenizing the text.
     */
    List<String> wordsOfFolded() {
        return foldedForTokens() != null ? words() : null;
    }

    /**
     * The tokens of a posting's text from its folded characters when they are {@code RoleText}'s
     * folded characters too; else from the text.
     */
    private List<String> tokens(boolean punctuation) {
        FoldedText f = foldedForTokens();
        if (f != null) {
            return f.foldsAlikeForWords() ? RoleText.textTokensFolded(f.foldedChars(), punctuation)
                    : RoleText.textTokensFolded(f.foldedChars(), f.original(), f.hasExpandedLetters(), punctuation);
        }
        if (roleFolded == null) {
            roleFolded = RoleText.foldChars(raw);
        }
        return RoleText.textTokensFolded(roleFolded, punctuation);
    }

    /**
     * {@link #folded()} when the tokens are read from its characters (with its original text where
     * they fold otherwise: {@link FoldedText#wordsReadWithOriginal()}), else null.
     */
    private FoldedText foldedForTokens() {
        FoldedText f = forPosting && raw != null && raw.equals(clean()) ? folded() : null;
        return f != null && (f.foldsAlikeForWords() || f.wordsReadWithOriginal()) ? f : null;
    }
}
