package io.techdir.posting;

/** Kind of degree or school a posting names. */
public enum DegreeKind {
    ENGINEERING_SCHOOL, MASTER, COMPUTER_SCHOOL, BUSINESS_SCHOOL, MBA, UNIVERSITY, PHD
}
