package io.techdir.check;

import io.techdir.posting.Reject;
import java.util.List;
import java.util.Objects;

/**
 * A career-path CSV as parsed: its origin, the positions kept and the rows rejected.
 *
 * @param file the file as named in records
 * @param origin {@link MarketStatistics#REAL} or {@link MarketStatistics#SYNTHETIC} (a file whose
 *     leading comment says {@code origin: SYNTHETIC})
 * @param rows data rows read (kept + rejected; blank lines are not rows)
 * @param positions positions kept, in file order
 * @param rejects rows rejected, each with its {@code file:line}, code and reason
 */
public record CareerFile(String file, String origin, long rows, List<CareerPosition> positions,
        List<Reject> rejects) {

    public CareerFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(origin, "origin");
        positions = List.copyOf(positions);
        rejects = List.copyOf(rejects);
        if (rows != positions.size() + rejects.size()) {
            throw new IllegalStateException(file + ": " + rows + " rows != " + positions.size() + " kept + "
                    + rejects.size() + " rejected");
        }
    }
}
