package io.techdir.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the run whose report {@code --as-of-version} rebuilds: a number is a version of the
 * {@value Warehouse#POSTINGS} table (as printed in the manifest and by {@code techdir history});
 * a date ({@code yyyy-MM-dd}, UTC) or an instant picks the latest run finished by then.
 */
public final class RunSelector {

    private static final Pattern VERSION = Pattern.compile("\\d{1,18}");

    private RunSelector() {
    }

    /**
     * The run selected.
     *
     * @param runs completed runs, in any order
     * @param selector a postings version, a date or an ISO instant
     * @throws WarehouseException naming the selector and what was expected
     */
    public static RunRecord select(List<RunRecord> runs, String selector, String where) {
        String s = selector.trim();
        if (VERSION.matcher(s).matches()) {
            long v = Long.parseLong(s);
            return runs.stream().filter(r -> r.versions().get(Warehouse.POSTINGS) == v).findFirst()
                    .orElseThrow(() -> new WarehouseException(where + ": --as-of-version '" + s
                            + "': no run wrote postings version " + v + "; expected one of "
                            + runs.stream().map(r -> r.versions().get(Warehouse.POSTINGS)).sorted().toList()));
        }
        Instant until;
        try {
            until = s.length() == 10 ? LocalDate.parse(s).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(s).plusNanos(1);
        } catch (DateTimeParseException e) {
            throw new WarehouseException(where + ": --as-of-version '" + s
                    + "'; expected a postings version (a number), a date yyyy-MM-dd or an instant");
        }
        return runs.stream().filter(r -> Instant.parse(r.finished()).isBefore(until))
                .max(java.util.Comparator.comparing((RunRecord r) -> Instant.parse(r.finished()))
                        .thenComparing(RunRecord::runId))
                .orElseThrow(() -> new WarehouseException(where + ": --as-of-version '" + s
                        + "': no run finished by then; expected a later date"));
    }
}
