package io.techdir.generate;

/** The degree a synthetic posting asks for (the text is chosen later, per row style). */
enum DegreeAsk {
    /** Nothing said. */
    NONE,
    /** "Aucune formation scolaire" said explicitly. */
    NO_DEGREE,
    CAP,
    BAC,
    BAC_2,
    BAC_3,
    /** Bac+5 with no kind ("Bac+5 et plus ou équivalents"). */
    BAC_5,
    /** Engineering school ("diplôme d'ingénieur"). */
    ENGINEER,
    /** Master ("Master 2", "Bac +5 / Master"). */
    MASTER,
    MBA,
    DOCTORATE
}
