package io.techdir.check;

import java.util.List;

/**
 * The market figures of a run, as the check stage computed them, for the report.
 *
 * @param origins data origins present ({@code REAL}, {@code SYNTHETIC})
 * @param salarySpread salary spread by population and dimension
 * @param dayRates freelance day rates (EUR a day) by population, apart from salaries (dimension
 *     {@code overall}; {@code postings} = postings with a day rate that counts)
 * @param experience experience demands by role family
 * @param degrees degree demands by role family
 * @param skills the role description's skill groups asked, by role family
 * @param followOn follow-on roles asking for prior technical-director experience
 * @param verdicts the baseline verdicts
 * @param quality per source: disclosure rates, missing fields, unclassified roles and the normalizer's
 *     salary, experience and degree flags
 * @param firstDatePosted earliest publication date among canonical postings, or null
 * @param lastDatePosted latest publication date among canonical postings, or null
 */
public record MarketReport(List<String> origins, List<SalarySpread> salarySpread, List<SalarySpread> dayRates,
        List<ShareFigure> experience,
        List<ShareFigure> degrees, List<ShareFigure> skills, List<ShareFigure> followOn, List<Verdict> verdicts, List<QualityFigure> quality,
        String firstDatePosted, String lastDatePosted) {

    /**
     * A data-quality figure of one source's canonical postings.
     *
     * @param source source name
     * @param measure what is counted ({@code disclosed by employer}, {@code flag IMPLAUSIBLE}, ...)
     * @param count how many canonical postings
     * @param of out of how many canonical postings of the source
     */
    public record QualityFigure(String source, String measure, long count, long of) {
    }
}
