package io.techdir.posting;

/** Whether a salary is stated before ({@code GROSS}) or after ({@code NET}) contributions. */
public enum SalaryBasis { GROSS, NET }
