package io.techdir.gather;

/**
 * What the parser knows of a stored page besides its bytes.
 *
 * @param url the page URL asked for (the record of its posting)
 * @param finalUrl the URL that answered, after redirects: relative links and a relative JSON-LD
 *     {@code url} resolve against it
 * @param status the HTTP status it was fetched with (200, or 304 for an unchanged page)
 * @param contentType the {@code Content-Type} header, or null (the charset comes from it, else
 *     from the page's BOM or meta tag, else UTF-8)
 * @param fetchedAt when it was fetched (ISO instant), or null
 * @param source the source name of its postings
 * @param profile the site profile ({@link SiteProfile#NONE} for none)
 */
record PageContext(String url, String finalUrl, int status, String contentType, String fetchedAt,
        String source, SiteProfile profile) {

    /** A page that answered at the URL asked for (no redirect). */
    PageContext(String url, int status, String contentType, String fetchedAt, String source,
            SiteProfile profile) {
        this(url, url, status, contentType, fetchedAt, source, profile);
    }

    /** {@code status=N}, for reasons. */
    String statusText() {
        return "status=" + status;
    }
}
