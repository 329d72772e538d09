package io.techdir.posting;

/**
 * The employer as normalized.
 *
 * @param name employer or agency name as published (trimmed), or null
 * @param kind direct employer or intermediary, or null when unknown
 * @param sector NAF section label or board industry text, or null
 * @param nafCode NAF/APE code, or null
 * @param sizeBand INSEE size band ({@code 0-9}, {@code 10-49}, {@code 50-249},
 *     {@code 250-4999}, {@code 5000+}), or null
 */
public record Employer(String name, EmployerKind kind, String sector, String nafCode,
        String sizeBand) {

    /** Nothing known. */
    public static final Employer UNKNOWN = new Employer(null, null, null, null, null);
}
