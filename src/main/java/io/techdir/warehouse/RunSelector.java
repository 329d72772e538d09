package io.techdir.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the run whose report {@code --as-of-version} rebuilds: a number is a version of the
 * {@value Warehouse#POSTINGS} table (as printed in the manifest and by {@code techdir history}),
 * exactly that run whatever its status; an instant picks the latest run finished by then; a date
 * ({@code yyyy-MM-dd}, UTC) picks, among the runs of the last day up to that date that has runs,
 * the newest that finished {@link RunStatus#OK} (a run with problems lacks what it could not read),
 * else that day's newest.
 */
public final class RunSelector {

    private static final Pattern VERSION = Pattern.compile("\\d{1,18}");
    private static final Comparator<RunRecord> BY_FINISH = Comparator.comparing((RunRecord r) -> finished(r))
            .thenComparing(RunRecord::runId);

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
        boolean date = s.length() == 10;
        Instant until;
        try {
            until = date ? LocalDate.parse(s).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(s).plusNanos(1);
        } catch (DateTimeParseException e) {
            throw new WarehouseException(where + ": --as-of-version '" + s
                    + "'; expected a postings version (a number), a date yyyy-MM-dd or an instant");
        }
        List<RunRecord> before = runs.stream().filter(r -> finished(r).isBefore(until)).toList();
        RunRecord latest = before.stream().max(BY_FINISH)
                .orElseThrow(() -> new WarehouseException(where + ": --as-of-version '" + s
                        + "': no run finished by then; expected a later date"));
        if (!date) {
            return latest;
        }
        LocalDate day = LocalDate.ofInstant(finished(latest), ZoneOffset.UTC);
        return before.stream()
                .filter(r -> LocalDate.ofInstant(finished(r), ZoneOffset.UTC).equals(day))
                .filter(r -> r.status() != RunStatus.PROBLEMS)
                .max(BY_FINISH).orElse(latest);
    }

    private static Instant finished(RunRecord r) {
        return Instant.parse(r.finished());
    }
}
