package io.techdir.normalize;

import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;

/**
 * One degree named in a text: a level, a kind of degree or school, or both.
 *
 * @param start start in the text (inclusive)
 * @param end end in the text (exclusive)
 * @param level lowest level the words allow ("Bac+3/5" gives BAC_3), or null for a kind alone
 * @param levelMax highest level the words allow ("Bac+3/5" gives BAC_5; "Bac+5 et plus" gives
 *     DOCTORATE), or null for a kind alone
 * @param kind the kind named, or null
 */
record DegreeMention(int start, int end, DegreeLevel level, DegreeLevel levelMax, DegreeKind kind) {

    static DegreeMention of(int start, int end, DegreeLevel level, DegreeKind kind) {
        return new DegreeMention(start, end, level, level, kind);
    }
}
