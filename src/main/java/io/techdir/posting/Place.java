package io.techdir.posting;

/**
 * A normalized work place.
 *
 * @param department French département code ("75", "2A", "971"), or null
 * @param region current French region name ("Île-de-France"), or the sub-national unit
 *     elsewhere (a US state code), or null
 * @param country ISO 3166 alpha-2 code, or null when unknown
 */
public record Place(String department, String region, String country) {

    /** Nothing known. */
    public static final Place UNKNOWN = new Place(null, null, null);
}
