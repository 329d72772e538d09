package io.techdir.generate;

/**
 * One title of {@code /generate/titles.csv}.
 *
 * @param market {@code FR} or {@code US}
 * @param group a {@link io.techdir.posting.RoleFamily} name, or {@code TRAP}
 * @param sector sentence set and, for technical directors, role domain (see titles.csv)
 * @param weight relative weight inside (market, group, sector)
 * @param median median annual gross pay, in EUR (FR) or USD (US)
 * @param title the title, without gender marker
 */
record TitleEntry(String market, String group, String sector, double weight, double median, String title) {

    /** The group of technical-director titles. */
    static final String TECHNICAL_DIRECTOR = "TECHNICAL_DIRECTOR";
    /** The group of ordinary jobs. */
    static final String OTHER = "OTHER";
    /** The group of titles that only look like director roles. */
    static final String TRAP = "TRAP";

    /** True for the director families (not OTHER, not TRAP). */
    boolean director() {
        return !OTHER.equals(group) && !TRAP.equals(group);
    }

    /** True for technical-director titles. */
    boolean technicalDirector() {
        return TECHNICAL_DIRECTOR.equals(group);
    }

    /** True for English (US) rows. */
    boolean english() {
        return "US".equals(market);
    }
}
