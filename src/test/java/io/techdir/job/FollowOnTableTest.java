package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.check.Baseline;
import io.techdir.check.MarketReport;
import io.techdir.check.MarketStatistics;
import io.techdir.check.ShareFigure;
import io.techdir.check.stat.Share;
import io.techdir.report.Language;
import io.techdir.report.ReportTexts;
import io.techdir.report.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-on table says which origins have no posting of the follow-on families. */
class FollowOnTableTest {

    private static final ReportTexts EN = ReportTexts.of(Language.EN);

    private static MarketReport report(List<String> origins, List<ShareFigure> followOn) {
        return new MarketReport(origins, List.of(), List.of(), List.of(), List.of(), List.of(), followOn, List.of(), List.of(), null, null);
    }

    @Test
    void anOriginWithoutRowsIsNamedInANote() {
        ShareFigure cio = new ShareFigure("SYNTHETIC", "CIO", MarketStatistics.ASKS_PRIOR_TD, Share.wilson(3, 40));
        Table t = ReportTables.followOn(report(List.of("REAL", "SYNTHETIC"), List.of(cio)), Baseline.standard(), EN);
        assertEquals(1, t.rows().size());
        assertEquals(List.of(EN.get("follow_on.note"),
                "No row for real data: no posting of the families General management, Industrial director,"
                        + " Sales director, CIO among this run's unique postings.",
                EN.get("shares.note.method", 5, 30)), t.notes());
    }

    @Test
    void everyOriginWithoutRowsIsNamedAndNoneWhenAllHaveRows() {
        Table empty = ReportTables.followOn(report(List.of("REAL", "SYNTHETIC"), List.of()), Baseline.standard(),
                ReportTexts.of(Language.FR));
        assertEquals("Aucune ligne pour données réelles, données synthétiques : aucune offre des familles Direction"
                + " générale, Direction industrielle, Direction commerciale, DSI parmi les offres uniques de cette"
                + " exécution.", empty.notes().get(1));
        ShareFigure real = new ShareFigure("REAL", "GENERAL_MANAGEMENT", MarketStatistics.ASKS_PRIOR_TD,
                Share.wilson(0, 12));
        Table full = ReportTables.followOn(report(List.of("REAL"), List.of(real)), Baseline.standard(), EN);
        assertEquals(2, full.notes().size(), full.notes().toString());
    }
}
