package io.techdir.generate;

/**
 * Escapes a description the way some France Travail postings are published: accented letters
 * and apostrophes as HTML entities ("&amp;eacute;", "&amp;rsquo;", "&amp;nbsp;"), and sometimes
 * escaped twice ("&amp;amp;eacute;").
 */
final class HtmlEntities {

    private static final String[][] ENTITIES = {
        {"é", "&eacute;"}, {"è", "&egrave;"}, {"à", "&agrave;"}, {"ê", "&ecirc;"}, {"'", "&rsquo;"},
        {" :", "&nbsp;:"}};

    private HtmlEntities() {
    }

    /** The text with entities; {@code twice}: every '&amp;' of an entity escaped once more. */
    static String escape(String text, boolean twice) {
        String out = text;
        for (String[] e : ENTITIES) {
            out = out.replace(e[0], twice ? "&amp;" + e[1].substring(1) : e[1]);
        }
        return out;
    }
}
