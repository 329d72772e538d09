package io.techdir.normalize;

import io.techdir.posting.RoleDomain;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The role domain of a technical-director posting (NORMALIZATION.md, "Role domain"): from the
 * employer's NAF code ({@code role-domain-naf.csv}, longest prefix), else from title keywords,
 * else from the description's most frequent domain ({@code role-domain-keywords.csv}), else
 * {@link RoleDomain#OTHER}.
 */
final class RoleDomains implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NAF_FILE = "role-domain-naf.csv";
    static final String KEYWORD_FILE = "role-domain-keywords.csv";
    /** NAF table value: the code says nothing about the job, keywords decide. */
    private static final String KEYWORDS = "KEYWORDS";
    private static final int LONGEST_PREFIX = 5;

    /** Digits-only NAF prefix to domain name (or {@link #KEYWORDS}). */
    private final HashMap<String, String> naf = new HashMap<>();
    private final RolePhrases<RoleDomain> titleWords = new RolePhrases<>();
    private final RolePhrases<RoleDomain> textWords = new RolePhrases<>();

    private RoleDomains() {
    }

    /** Loads both tables from {@code /reference/}. */
    static RoleDomains standard() {
        return of(RoleTables.classpath(NAF_FILE, "prefix", "domain"),
                RoleTables.classpath(KEYWORD_FILE, "keyword", "domain", "scope"));
    }

    /** Builds the detector from table rows; throws with {@code file:line} on a bad row. */
    static RoleDomains of(List<RoleTables.Row> nafRows, List<RoleTables.Row> keywordRows) {
        RoleDomains domains = new RoleDomains();
        for (RoleTables.Row row : nafRows) {
            String prefix = row.require("prefix");
            if (!prefix.matches("\\d{2," + LONGEST_PREFIX + "}")) {
                throw row.error("prefix", prefix, "2 to " + LONGEST_PREFIX + " digits of a NAF code");
            }
            String domain = row.require("domain");
            if (!domain.equals(KEYWORDS)) {
                domain(row, domain);
            }
            domains.naf.put(prefix, domain);
        }
        for (RoleTables.Row row : keywordRows) {
            RoleDomain domain = domain(row, row.require("domain"));
            String keyword = row.require("keyword");
            String scope = row.require("scope");
            switch (scope) {
                case "title" -> domains.titleWords.add(keyword, domain);
                case "any" -> {
                    domains.titleWords.add(keyword, domain);
                    domains.textWords.add(keyword, domain);
                }
                default -> throw row.error("scope", scope, "'title' or 'any'");
            }
        }
        return domains;
    }

    /** The domain; never null. */
    RoleDomain detect(String nafCode, List<String> titleTokens, String description) {
        return detectPrepared(nafCode, titleTokens, PreparedText.of(description));
    }

    /** {@link #detect} with a prepared description. */
    RoleDomain detectPrepared(String nafCode, List<String> titleTokens, PreparedText description) {
        String code = digits(nafCode);
        for (int n = Math.min(LONGEST_PREFIX, code.length()); n >= 2; n--) {
            String domain = naf.get(code.substring(0, n));
            if (domain != null) {
                if (!domain.equals(KEYWORDS)) {
                    return RoleDomain.valueOf(domain);
                }
                break;
            }
        }
        RoleDomain fromTitle = mostFrequent(titleWords.findAll(titleTokens));
        if (fromTitle != null) {
            return fromTitle;
        }
        if (description.isRawBlank()) {
            return RoleDomain.OTHER;
        }
        RoleDomain fromText = mostFrequent(textWords.findAll(description.words()));
        return fromText == null ? RoleDomain.OTHER : fromText;
    }

    /** The domain found most often; a tie goes to the one found first; null when none. */
    private static RoleDomain mostFrequent(List<RoleDomain> found) {
        if (found.isEmpty()) {
            return null;
        }
        int[] counts = new int[RoleDomain.values().length];
        for (RoleDomain d : found) {
            counts[d.ordinal()]++;
        }
        RoleDomain best = null;
        for (RoleDomain d : found) {
            if (best == null || counts[d.ordinal()] > counts[best.ordinal()]) {
                best = d;
            }
        }
        return best;
    }

    /** "62.02A" → "6202"; null or blank → "". */
    static String digits(String nafCode) {
        if (nafCode == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(5);
        for (int i = 0; i < nafCode.length(); i++) {
            char c = nafCode.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (c != '.' && c != ' ' && c != '-') {
                break;
            }
        }
        return out.toString();
    }

    private static RoleDomain domain(RoleTables.Row row, String name) {
        try {
            return RoleDomain.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("domain", name, "one of " + List.of(RoleDomain.values())
                    + (row.file().equals(NAF_FILE) ? " or " + KEYWORDS : ""));
        }
    }
}
