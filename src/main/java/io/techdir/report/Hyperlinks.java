package io.techdir.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The hyperlinks of one sheet, kept as plain (row, column, address) values and written into the
 * file by {@link StreamingWorkbook} when the workbook is saved. POI's own hyperlink objects
 * cost about 2 KB each and stay in memory until the file is written (50 000 of them overflow a
 * 96 MB heap); these cost the address and a few bytes.
 *
 * <p>Excel's limits apply: at most {@value #MAX_PER_SHEET} links per worksheet (past it, the
 * address stays plain text) and addresses of at most {@value #MAX_ADDRESS} characters. Only
 * absolute http(s) addresses that parse as a URI become links: {@code javascript:},
 * {@code file:} and malformed addresses stay text.
 */
final class Hyperlinks {

    /** Excel's limit of hyperlinks per worksheet. */
    static final int MAX_PER_SHEET = 65_530;

    /** Excel's limit on a hyperlink address. */
    static final int MAX_ADDRESS = 2_079;

    // No whitespace, quotes, angle brackets or other characters RFC 3986 excludes.
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s\"<>\\\\^`{|}]+");

    /** One link: 0-based cell position and address. */
    record Link(int row, int column, String address) {
    }

    private final int max;
    private final List<Link> links = new ArrayList<>();

    Hyperlinks(int max) {
        this.max = max;
    }

    /** Records a link on a cell when the address is allowed and the cap not reached; returns whether it did. */
    boolean link(int row, int column, String address) {
        if (links.size() >= max || !linkable(address)) {
            return false;
        }
        links.add(new Link(row, column, address));
        return true;
    }

    /** The links recorded, in the order added. */
    List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    static boolean linkable(String address) {
        if (address.length() > MAX_ADDRESS || !WEB.matcher(address).matches()) {
            return false;
        }
        try {
            return new URI(address).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
