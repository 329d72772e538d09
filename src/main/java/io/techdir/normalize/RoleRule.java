package io.techdir.normalize;

import io.techdir.posting.RoleFamily;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of {@code role-taxonomy.csv}.
 *
 * @param pattern the regular expression over a title's words (see README-roles.md)
 * @param family the family the row gives
 * @param romeCode ROME fiche code, or null
 * @param iscoCode ISCO-08 unit group, or null
 * @param anywhere true for a veto row, matched wherever its words occur
 * @param industryContext true when the family holds only outside culture/IT domains
 * @param where {@code file:line} of the row, for messages and tests
 */
record RoleRule(String pattern, RoleFamily family, String romeCode, String iscoCode,
        boolean anywhere, boolean industryContext, String where) implements Serializable {

    RoleRule {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(family, "family");
    }
}
