package io.techdir.evaluate;

import io.techdir.posting.DegreeLevel;
import io.techdir.posting.RoleFamily;
import io.techdir.posting.SalaryBasis;
import io.techdir.posting.SalaryPeriod;
import java.util.Objects;

/**
 * One row of a {@code labels-*.csv} file: what the normalized values of one record must be.
 * Empty cells are null.
 *
 * @param where {@code labels-NAME.csv:LINE}, for messages
 * @param file the input file name in the set folder
 * @param n the record's 1-based position in that file
 * @param sourceId the posting's id at its source
 * @param split {@code dev} or {@code holdout}
 * @param title the posting's title as written (a check that labels and records are in step)
 * @param salaryDisclosed whether a salary is stated
 * @param salaryEstimated whether it is a board's estimate (null read as false)
 * @param currency ISO 4217 code of the amounts
 * @param min lower bound as stated
 * @param max upper bound as stated
 * @param period the true period of the amounts
 * @param months number of monthly payments, when stated
 * @param basis gross or net (null read as gross)
 * @param experienceMin minimum years
 * @param experienceMax maximum years
 * @param experienceRequired whether experience is required
 * @param degreeLevel minimum degree level
 * @param roleFamily the title's role family
 * @param note the labeller's note
 */
record Label(String where, String file, long n, String sourceId, Split split, String title,
        Boolean salaryDisclosed, Boolean salaryEstimated, String currency, Double min, Double max,
        SalaryPeriod period, Double months, SalaryBasis basis, Double experienceMin, Double experienceMax,
        Boolean experienceRequired, DegreeLevel degreeLevel, RoleFamily roleFamily, String note) {

    Label {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(split, "split");
    }

    /** Whether the label says a salary is stated. */
    boolean disclosed() {
        return Boolean.TRUE.equals(salaryDisclosed);
    }
}
