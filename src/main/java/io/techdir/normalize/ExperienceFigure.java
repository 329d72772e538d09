package io.techdir.normalize;

/**
 * One experience figure found in a text, in decimal years, with where it was found.
 *
 * @param min minimum years, or null ("jusqu'à 3 ans")
 * @param max maximum years, or null ("5+ ans", "au moins 5 ans", a single figure)
 * @param start start of the words read in the text (inclusive)
 * @param end end of the words read in the text (exclusive)
 * @param clauseStart {@link FoldedText#clauseStart} of {@code start}, as the scanner found it
 *     while reading the figure; -1 when not known
 * @param clauseEnd {@link FoldedText#clauseEnd} of {@code end}; -1 when not known
 */
record ExperienceFigure(Double min, Double max, int start, int end, int clauseStart, int clauseEnd) {

    private static final double EPSILON = 1e-9;

    /** A figure whose clause is not known. */
    ExperienceFigure(Double min, Double max, int start, int end) {
        this(min, max, start, end, -1, -1);
    }

    /** The clause holding the figure in {@code text} (the text it was read from): as known, else found. */
    String clause(FoldedText text) {
        int to = clauseEnd >= 0 ? clauseEnd : text.clauseEnd(end);
        return text.folded().substring(clauseStartIn(text), to);
    }

    /** Where {@link #clause} starts in {@code text}. */
    int clauseStartIn(FoldedText text) {
        return clauseStart >= 0 ? clauseStart : text.clauseStart(start);
    }

    /**
     * Whether this figure (read from a field) and {@code other} (read from a description) say
     * the same thing: the field's minimum lies within the description's range (a single figure
     * being a range of one), or, when one side gives only a maximum, the other's minimum does
     * not exceed it.
     */
    boolean agreesWith(ExperienceFigure other) {
        if (min != null && other.min != null) {
            double upper = other.max != null ? other.max : other.min;
            return min >= other.min - EPSILON && min <= upper + EPSILON;
        }
        if (min != null && other.max != null) {
            return min <= other.max + EPSILON;
        }
        if (max != null && other.min != null) {
            return other.min <= max + EPSILON;
        }
        return true;
    }
}
