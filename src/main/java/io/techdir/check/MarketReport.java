package io.techdir.check;

import java.util.List;

/**
 * The market figures of a run, as the check stage computed them, for the report.
 *
 * @param origins data origins present ({@code REAL}, {@code SYNTHETIC})
 * @param salarySpread salary spread by population and dimension
 * @param experience experience demands by role family
 * @param degrees degree demands by role family
 * @param followOn follow-on roles asking for prior technical-director experience
 * @param verdicts the baseline verdicts
 */
public record MarketReport(List<String> origins, List<SalarySpread> salarySpread, List<ShareFigure> experience,
        List<ShareFigure> degrees, List<ShareFigure> followOn, List<Verdict> verdicts) {
}
