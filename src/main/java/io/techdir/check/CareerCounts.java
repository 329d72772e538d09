package io.techdir.check;

/**
 * What the career-path input of one origin holds.
 *
 * @param origin {@code REAL} or {@code SYNTHETIC}
 * @param persons persons with at least one position kept
 * @param positions positions kept
 * @param technicalDirector positions classified {@code TECHNICAL_DIRECTOR}
 * @param transitions technical-director positions followed by the person's next position
 *     (order + 1): the transitions counted
 * @param leaving of those, transitions to another role family
 */
public record CareerCounts(String origin, long persons, long positions, long technicalDirector,
        long transitions, long leaving) {
}
