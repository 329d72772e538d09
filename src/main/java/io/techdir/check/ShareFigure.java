package io.techdir.check;

import io.techdir.check.stat.Share;

/**
 * A share among a group of canonical postings, with its Wilson interval.
 *
 * @param origin {@code REAL} or {@code SYNTHETIC}
 * @param group the group (a role family, {@code ALL}, {@code BASELINE_SCOPE})
 * @param measure what is counted, e.g. {@code min_years 6-10}, {@code level BAC_5}
 * @param share k among n
 */
public record ShareFigure(String origin, String group, String measure, Share share) {
}
