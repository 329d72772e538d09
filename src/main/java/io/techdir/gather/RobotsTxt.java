package io.techdir.gather;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A robots.txt file read as RFC 9309 says: groups of {@code User-agent} lines with their {@code
 * Allow} and {@code Disallow} rules; the groups naming our product token (case-insensitively) are
 * merged and used, else the {@code *} groups; the longest matching rule wins, {@code Allow} on a
 * tie; {@code *} matches any characters and a final {@code $} the end of the path; {@code
 * /robots.txt} itself is always allowed; a leading byte order mark is ignored. The common {@code Crawl-delay} (seconds, decimals allowed)
 * of the chosen groups is kept. Pure: parsing is a function of the text.
 */
final class RobotsTxt {

    /** Where parsing stops: RFC 9309 lets crawlers ignore what follows 500 KiB. */
    static final int MAX_CHARS = 500 * 1024;
    /** The most bytes of a robots.txt fetched and read (RFC 9309: at least 500 KiB). */
    static final int MAX_BYTES = 500 * 1024;
    private static final Pattern LINE = Pattern.compile("\\r\\n|\\r|\\n");

    private final List<Rule> rules;
    private final OptionalLong crawlDelayMillis;
    /** Why nothing of the host may be fetched, or null. */
    private final String refusal;

    private RobotsTxt(List<Rule> rules, OptionalLong crawlDelayMillis, String refusal) {
        this.rules = rules;
        this.crawlDelayMillis = crawlDelayMillis;
        this.refusal = refusal;
    }

    /** No robots.txt (a 4xx): everything is allowed. */
    static RobotsTxt allowAll() {
        return new RobotsTxt(List.of(), OptionalLong.empty(), null);
    }

    /**
     * Nothing of the host may be fetched: its robots.txt is unreachable (5xx, 429, network error:
     * RFC 9309 says assume complete disallow), or asks for a longer delay than we accept.
     *
     * @param why the reason, as the message that fails a source gives it
     */
    static RobotsTxt refuseAll(String why) {
        return new RobotsTxt(List.of(), OptionalLong.empty(), why);
    }

    /** Why nothing of the host may be fetched, when that is so. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * Reads a fetched robots.txt body, UTF-8. A body of {@link #MAX_BYTES} or more was cut there
     * by the fetch: its last line, maybe cut in two, is left out.
     */
    static RobotsTxt parse(byte[] body, String productToken) {
        int end = body.length;
        if (end >= MAX_BYTES) {
            end = MAX_BYTES;
            while (end > 0 && body[end - 1] != '\n' && body[end - 1] != '\r') {
                end--;
            }
        }
        return parse(new String(body, 0, end, StandardCharsets.UTF_8), productToken);
    }

    /** Reads a robots.txt for a crawler whose product token is {@code productToken}. */
    static RobotsTxt parse(String text, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean inAgents = false;
        // a UTF-8 byte order mark would glue itself to the first key ("\uFEFFuser-agent")
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String body = unmarked.length() > MAX_CHARS ? unmarked.substring(0, MAX_CHARS) : unmarked;
        for (String raw : LINE.split(body, -1)) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (!inAgents) {
                        current = new Group();
                        groups.add(current);
                        inAgents = true;
                    }
                    current.agents.add(value.toLowerCase(Locale.ROOT));
                }
                case "allow", "disallow" -> {
                    inAgents = false;
                    if (current != null && !value.isEmpty()) {
                        current.rules.add(new Rule(key.equals("allow"), value));
                    }
                }
                case "crawl-delay" -> {
                    inAgents = false;
                    if (current != null) {
                        current.crawlDelay = value;
                    }
                }
                default -> {
                    // Sitemap and other records do not end a group of user-agent lines (RFC 9309 2.2.4).
                }
            }
        }
        List<Group> chosen = groups.stream().filter(g -> g.agents.stream()
                .anyMatch(a -> productOf(a).equals(token))).toList();
        if (chosen.isEmpty()) {
            chosen = groups.stream().filter(g -> g.agents.contains("*")).toList();
        }
        List<Rule> rules = new ArrayList<>();
        long delay = -1;
        for (Group g : chosen) {
            rules.addAll(g.rules);
            delay = Math.max(delay, seconds(g.crawlDelay));
        }
        return new RobotsTxt(List.copyOf(rules), delay < 0 ? OptionalLong.empty()
                : OptionalLong.of(delay), null);
    }

    /** The product token of a user-agent value: {@code "Techdir/1.0"} is {@code "techdir"}. */
    private static String productOf(String agent) {
        int slash = agent.indexOf('/');
        return (slash >= 0 ? agent.substring(0, slash) : agent).strip();
    }

    private static long seconds(String value) {
        if (value == null) {
            return -1;
        }
        try {
            double s = Double.parseDouble(value);
            // no upper bound here: the crawler refuses a host whose delay is above its maximum
            return s >= 0 && !Double.isNaN(s) ? Math.round(Math.min(s, 1e12) * 1000) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether a URL path (with its query) may be fetched. */
    boolean allowed(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return true;
        }
        if (refusal != null) {
            return false;
        }
        Rule best = null;
        for (Rule r : rules) {
            if (r.matches(path) && (best == null || r.length() > best.length()
                    || (r.length() == best.length() && r.allow && !best.allow))) {
                best = r;
            }
        }
        return best == null || best.allow;
    }

    /** The chosen groups' {@code Crawl-delay} in milliseconds, if any. */
    OptionalLong crawlDelayMillis() {
        return crawlDelayMillis;
    }

    private static final class Group {
        final List<String> agents = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        String crawlDelay;
    }

    /** One Allow or Disallow rule, compiled once. */
    private static final class Rule {
        final boolean allow;
        final String pattern;
        final Pattern regex;

        Rule(boolean allow, String pattern) {
            this.allow = allow;
            this.pattern = pattern;
            boolean anchored = pattern.endsWith("$");
            String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
            StringBuilder re = new StringBuilder();
            String[] parts = body.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                re.append(i == 0 ? "" : ".*").append(Pattern.quote(decodeUnreserved(parts[i])));
            }
            if (anchored) {
                re.append('$');
            }
            this.regex = Pattern.compile(re.toString(), Pattern.DOTALL);
        }

        boolean matches(String path) {
            return regex.matcher(decodeUnreserved(path)).lookingAt();
        }

        int length() {
            return pattern.length();
        }
    }

    /** Percent-decodes unreserved characters only, so {@code /%7Ejoe} and {@code /~joe} compare equal. */
    private static String decodeUnreserved(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int v = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
                if (v >= 0 && (Character.isLetterOrDigit(v) && v < 128 || "-._~".indexOf(v) >= 0)) {
                    b.append((char) v);
                    i += 2;
                    continue;
                }
                b.append('%').append(Character.toUpperCase(s.charAt(i + 1)))
                        .append(Character.toUpperCase(s.charAt(i + 2)));
                i += 2;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
