package io.techdir.gather;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What makes two URLs one page for a crawl's "already seen" sets ({@link WebCrawler}): the URL
 * without its fragment, its query read as a list of parameters, in the order of their names. So
 * {@code /job?id=1&ref=a}, {@code /job?ref=a&id=1}, {@code /job?ref=a&id=1#apply} and {@code
 * /job?&id=1&ref=a&} are one page, and so are {@code /job} and {@code /job?} (no parameter). The
 * scheme and host are read in lower case and a scheme's default port is dropped, as URLs define
 * them ({@code HTTPS://Board.example:443/job} is {@code https://board.example/job}), and an empty
 * path is {@code /}. Values of one name keep their order ({@code ?a=1&a=2} and {@code ?a=2&a=1}
 * stay two pages: a server may read the first or the last), and the path and query are neither
 * decoded nor changed in case. Only the seen sets use
 * it: a page is fetched, stored and recorded under the first spelling the crawl met, so the posting
 * ids of earlier crawls stay as they were.
 */
final class CrawlKey {

    private static final Comparator<String> BY_NAME = Comparator.comparing(CrawlKey::name);

    private CrawlKey() {
    }

    /** The key of a URL: as written, without its fragment, its parameters in the order of their names. */
    static String of(URI u) {
        String s = u.getHost() != null && u.getScheme() != null ? normalizedAuthority(u) : u.toString();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        int q = s.indexOf('?');
        if (q < 0) {
            return s;
        }
        List<String> parameters = new ArrayList<>();
        for (String p : s.substring(q + 1).split("&")) {
            if (!p.isEmpty()) {
                parameters.add(p);
            }
        }
        if (parameters.isEmpty()) {
            return s.substring(0, q);
        }
        parameters.sort(BY_NAME); // stable: the values of one name keep their order
        return s.substring(0, q + 1) + String.join("&", parameters);
    }

    /**
     * A hierarchical URL's text, its scheme and host in lower case, without its scheme's default
     * port and its fragment, with {@code /} for an empty path; the rest as written.
     */
    private static String normalizedAuthority(URI u) {
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(scheme).append("://");
        if (u.getRawUserInfo() != null) {
            b.append(u.getRawUserInfo()).append('@');
        }
        b.append(u.getHost().toLowerCase(Locale.ROOT));
        int port = u.getPort();
        if (port >= 0 && !(port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https"))) {
            b.append(':').append(port);
        }
        String path = u.getRawPath();
        b.append(path == null || path.isEmpty() ? "/" : path);
        if (u.getRawQuery() != null) {
            b.append('?').append(u.getRawQuery());
        }
        return b.toString();
    }

    private static String name(String parameter) {
        int eq = parameter.indexOf('=');
        return eq < 0 ? parameter : parameter.substring(0, eq);
    }
}
