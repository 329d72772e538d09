package io.techdir.check;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One position of an anonymised career history, as read from a career-path CSV.
 *
 * @param person the person's id (anonymised), unique within its file
 * @param order the position's rank in the person's career, 1 for the first, without gaps
 * @param title the job title as written
 * @param start first day of the position ({@code yyyy-MM} is read as the month's first day)
 * @param end last day of the position, or null for a current position
 * @param record where it was read ({@code file:line})
 */
public record CareerPosition(String person, int order, String title, LocalDate start, LocalDate end,
        String record) implements Serializable {

    private static final long serialVersionUID = 1L;

    public CareerPosition {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(record, "record");
        if (order < 1) {
            throw new IllegalArgumentException(record + ": order '" + order + "'; expected 1 or more");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(record + ": end '" + end + "' before start '" + start + "'");
        }
    }
}
