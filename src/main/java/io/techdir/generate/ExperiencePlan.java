package io.techdir.generate;

/**
 * The experience a synthetic posting asks for.
 *
 * @param years minimum years asked (0 = beginners accepted)
 * @param maxYears upper bound of a range ("6 à 10 ans"), or -1 for none
 * @param figure whether the figure is written anywhere (false: "Expérience exigée" only)
 * @param inField whether {@code experience_text} is filled
 * @param inDescription whether the description speaks of experience
 * @param conflict whether the description states another figure than the field (a
 *     {@code EXPERIENCE_CONFLICT} case for the normalizer)
 */
record ExperiencePlan(int years, int maxYears, boolean figure, boolean inField, boolean inDescription,
        boolean conflict) {

    /** Nothing said about experience. */
    static final ExperiencePlan NONE = new ExperiencePlan(0, -1, false, false, false, false);
}
