package io.techdir.posting;

/** Whether the publisher is the employer or an intermediary (agency, recruitment firm). */
public enum EmployerKind { DIRECT, INTERMEDIARY }
