package io.techdir.posting;

/** Minimum degree level asked, in increasing order (French levels; {@code ordinal()} orders). */
public enum DegreeLevel { NONE, CAP_BEP, BAC, BAC_2, BAC_3, BAC_4, BAC_5, DOCTORATE }
