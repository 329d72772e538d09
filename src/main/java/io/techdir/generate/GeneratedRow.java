package io.techdir.generate;

/**
 * One written row, in the column order of {@link PostingGenerator#HEADER}.
 *
 * @param salaryDisclosed whether the row states a salary amount (for {@link GeneratedCounts})
 */
record GeneratedRow(String sourceId, String title, String company, String location, String country,
        String contract, String salaryText, String experienceText, String educationText,
        String description, String url, String datePosted, boolean salaryDisclosed) {

    /** The same posting under another id, URL and date (a near-duplicate). */
    GeneratedRow repostedAs(String otherId, String otherUrl, String otherDate) {
        return new GeneratedRow(otherId, title, company, location, country, contract, salaryText,
                experienceText, educationText, description, otherUrl, otherDate, salaryDisclosed);
    }

    /** The row with an empty title (a bad row). */
    GeneratedRow withoutTitle() {
        return new GeneratedRow(sourceId, "", company, location, country, contract, salaryText,
                experienceText, educationText, description, url, datePosted, salaryDisclosed);
    }

    /** The row with an empty source id (a bad row). */
    GeneratedRow withoutSourceId() {
        return new GeneratedRow("", title, company, location, country, contract, salaryText,
                experienceText, educationText, description, url, datePosted, salaryDisclosed);
    }
}
