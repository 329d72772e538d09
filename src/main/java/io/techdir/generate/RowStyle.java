package io.techdir.generate;

/**
 * Which real source a synthetic row imitates: it decides how location, contract, salary,
 * experience and degree are written (never the {@code source} column, always "synthetic").
 */
enum RowStyle {
    /** France Travail API: "78 - LIMAY", "CDI"/"MIS"/"LIB", "Annuel de 35000,00 Euros à ...". */
    FRANCE_TRAVAIL,
    /** HelloWork export: "Lyon 3e - 69", "42 000 € / an" with U+202F, "Non affiché". */
    HELLOWORK,
    /** Other French boards: "Paris (75)", free-text salaries ("55 - 60 k€ brut annuel"). */
    BOARD,
    /** Glassdoor-like US rows in English: "New York, NY", "$53K-$91K (Glassdoor est.)", "-1". */
    US_BOARD
}
