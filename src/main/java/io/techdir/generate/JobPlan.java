package io.techdir.generate;

/**
 * Everything decided about one synthetic posting before its text is written.
 *
 * @param style which real source the row imitates
 * @param title the job title entry
 * @param intermediary whether a recruitment or temp agency publishes it
 * @param contract contract as the style writes it ("CDI", "MIS", "Freelance", "FULL_TIME")
 * @param salary the salary and where it is stated
 * @param experience the experience asked and where it is stated
 * @param degree the degree asked
 * @param degreeInField whether {@code education_text} states the degree
 * @param degreeInDescription whether the description states the degree
 * @param businessSchoolPlus whether the description says a business school / MBA is a plus
 * @param priorTechnicalDirector whether the description asks for prior CTO experience
 * @param descriptionLength target length of the description, in characters
 */
record JobPlan(RowStyle style, TitleEntry title, boolean intermediary, String contract, SalaryPlan salary,
        ExperiencePlan experience, DegreeAsk degree, boolean degreeInField, boolean degreeInDescription,
        boolean businessSchoolPlus, boolean priorTechnicalDirector, int descriptionLength) {
}
