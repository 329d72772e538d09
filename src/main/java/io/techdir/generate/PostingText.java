package io.techdir.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Turns a {@link JobPlan} into the text columns of a row: title, company, location, country,
 * contract, salary, experience, education, description and date. The row's id and URL are the
 * generator's (they depend on the row's position, not on its content).
 */
final class PostingText {

    /** First publication date drawn: 2024-01-01 (the real files span Dec 2023 to Jan 2026). */
    private static final long FIRST_DAY = LocalDate.of(2024, 1, 1).toEpochDay();
    /** Number of days drawn from (2024 and 2025). */
    private static final int DAYS = 731;

    private PostingText() {
    }

    /**
     * Writes the row of a plan.
     *
     * @param entities probability that the description carries HTML entities ("&amp;eacute;")
     * @param injection probability that the title or company starts with "=", "+" or "@"
     */
    static GeneratedRow write(SplittableRandom rng, Vocabulary v, JobPlan plan, double entities, double injection) {
        RowStyle style = plan.style();
        TitleEntry t = plan.title();
        String title = Labels.title(rng, style, t);
        String sector = t.sector();
        String company = Labels.company(rng, v, sector, plan.intermediary());
        String city;
        String location;
        if (style == RowStyle.US_BOARD) {
            location = v.usPlaces().pick(rng);
            city = location.substring(0, location.indexOf(','));
        } else {
            Place place = v.places().pick(rng);
            city = place.city();
            location = Labels.location(rng, style, place);
        }
        String country = Labels.country(rng, style);
        SalaryPlan s = plan.salary();
        String salaryText = s.inField() ? SalaryTexts.field(rng, style, s)
                : SalaryTexts.notDisclosed(rng, style, plan.contract());
        String salaryInText = s.inDescription() ? SalaryTexts.inText(rng, style, s) : null;
        String experience = ExperienceTexts.field(rng, style, plan.experience());
        String education = plan.degreeInField() ? DegreeTexts.field(rng, style, plan.degree()) : "";
        boolean escape = Draw.chance(rng, entities);
        JobPlan sized = escape && plan.descriptionLength() > 1500 ? withLength(plan, 1500) : plan;
        String description = DescriptionWriter.write(rng, v, sized, company, city, salaryInText);
        if (escape) {
            description = HtmlEntities.escape(description, Draw.chance(rng, 0.1));
        }
        String published = Labels.companyAsPublished(rng, style, company);
        if (Draw.chance(rng, injection)) {
            if (Draw.chance(rng, 0.5)) {
                title = Labels.injectedTitle(rng, title);
            } else {
                published = Labels.injectedCompany(rng);
            }
        }
        String date = date(rng, style);
        return new GeneratedRow(null, title, published, location, country, plan.contract(), salaryText,
                experience, education, description, null, date, s.disclosed());
    }

    /** A publication date; France Travail rows carry its date-time form "2024-11-28T11:57:05.591Z". */
    static String date(SplittableRandom rng, RowStyle style) {
        String day = LocalDate.ofEpochDay(FIRST_DAY + rng.nextInt(DAYS)).toString();
        if (style != RowStyle.FRANCE_TRAVAIL) {
            return day;
        }
        int ms = rng.nextInt(86_400_000);
        return day + "T" + two(ms / 3_600_000) + ":" + two(ms / 60_000 % 60) + ":" + two(ms / 1000 % 60)
                + "." + three(ms % 1000) + "Z";
    }

    /** The date {@code days} later, in the same form. */
    static String later(String date, int days) {
        LocalDate d = LocalDate.parse(date.substring(0, 10)).plusDays(days);
        return d + date.substring(10);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }

    private static JobPlan withLength(JobPlan p, int length) {
        return new JobPlan(p.style(), p.title(), p.intermediary(), p.contract(), p.salary(), p.experience(),
                p.degree(), p.degreeInField(), p.degreeInDescription(), p.businessSchoolPlus(),
                p.priorTechnicalDirector(), length);
    }
}
