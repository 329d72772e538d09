package io.techdir.posting;

/** The period a salary amount is stated for. */
public enum SalaryPeriod { HOUR, DAY, WEEK, MONTH, YEAR }
