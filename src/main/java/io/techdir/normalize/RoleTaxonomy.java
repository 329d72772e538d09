package io.techdir.normalize;

import io.techdir.posting.RoleFamily;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The title rules of {@code role-taxonomy.csv} and the matching algorithm described in
 * {@code data/reference/README-roles.md}: veto rows first, then, from the leftmost word, the
 * rows keyed by that word in file order. The rows of one key are compiled into one
 * alternation, so a title costs one regular-expression attempt per key word it contains.
 */
final class RoleTaxonomy implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Resource name of the table. */
    static final String FILE = "role-taxonomy.csv";

    private static final Pattern KEY = Pattern.compile(
            "^(?:([a-z0-9&+]+)|\\(([a-z0-9&+ |]+)\\))(?: |$)");
    private static final Pattern WORDS = Pattern.compile("[a-z0-9&+]+(?: [a-z0-9&+]+)*");
    private static final Pattern ROME = Pattern.compile("[A-N]\\d{4}");
    private static final Pattern ISCO = Pattern.compile("\\d{4}");

    /** Words after which a role word names someone else's role ("bras droit du CEO"). */
    private static final Set<String> PREPOSITIONS = Set.of(
            "du", "au", "aux", "la", "l", "le", "to", "the", "for", "pour", "aupres");
    /** Words before such a preposition that make the title a deputy ("adjoint au DSI"). */
    private static final Set<String> DEPUTIES = Set.of("adjoint", "deputy", "adjoints");

    /** The rule for a title whose role word follows a preposition. */
    static final RoleRule REFERENCE = new RoleRule("<role word after du/au/to the>",
            RoleFamily.OTHER, null, null, false, false, FILE);

    private final RolePhrases<RoleRule> vetoes = new RolePhrases<>();
    private final HashMap<String, KeyRules> byKey = new HashMap<>();

    private RoleTaxonomy(List<RoleRule> rules, Map<String, List<RoleRule>> keyed) {
        for (RoleRule rule : rules) {
            if (rule.anywhere()) {
                vetoes.add(rule.pattern(), rule);
            }
        }
        keyed.forEach((key, list) -> byKey.put(key, new KeyRules(list)));
    }

    /** Loads {@code /reference/role-taxonomy.csv}. */
    static RoleTaxonomy standard() {
        return of(RoleTables.classpath(FILE, "pattern", "role_family", "rome_code", "isco_code",
                "match", "context"));
    }

    /** Builds a taxonomy from table rows; throws with {@code file:line} on a bad row. */
    static RoleTaxonomy of(List<RoleTables.Row> rows) {
        List<RoleRule> rules = new ArrayList<>();
        Map<String, List<RoleRule>> keyed = new LinkedHashMap<>();
        for (RoleTables.Row row : rows) {
            RoleRule rule = parse(row);
            rules.add(rule);
            if (!rule.anywhere()) {
                for (String key : keys(row, rule.pattern())) {
                    keyed.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
                }
            }
        }
        return new RoleTaxonomy(rules, keyed);
    }

    /**
     * The rule deciding a title given as words ({@link RoleText#titleTokens}), or null when
     * no rule matches.
     */
    RoleRule match(List<String> tokens) {
        RoleRule[] veto = new RoleRule[1];
        vetoes.scan(tokens, (rule, at) -> {
            if (veto[0] == null) {
                veto[0] = rule;
            }
        });
        if (veto[0] != null) {
            return veto[0];
        }
        String title = String.join(" ", tokens);
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            KeyRules keyRules = byKey.get(token);
            if (keyRules != null) {
                if (i > 0 && PREPOSITIONS.contains(tokens.get(i - 1))
                        && !(i > 1 && DEPUTIES.contains(tokens.get(i - 2)))) {
                    return REFERENCE;
                }
                RoleRule rule = keyRules.match(title, offset);
                if (rule != null) {
                    return rule;
                }
            }
            offset += token.length() + 1;
        }
        return null;
    }

    private static RoleRule parse(RoleTables.Row row) {
        String pattern = row.require("pattern");
        String familyName = row.require("role_family");
        RoleFamily family;
        try {
            family = RoleFamily.valueOf(familyName);
        } catch (IllegalArgumentException e) {
            throw row.error("role_family", familyName, "one of "
                    + Arrays.stream(RoleFamily.values()).map(Enum::name)
                            .collect(Collectors.joining(", ")));
        }
        String match = row.get("match");
        if (!match.isEmpty() && !match.equals("head") && !match.equals("anywhere")) {
            throw row.error("match", match, "empty, 'head' or 'anywhere'");
        }
        boolean anywhere = match.equals("anywhere");
        if (anywhere && !WORDS.matcher(pattern).matches()) {
            throw row.error("pattern", pattern, "plain lower-case words for a match=anywhere row");
        }
        String context = row.get("context");
        if (!context.isEmpty() && !context.equals("industry")) {
            throw row.error("context", context, "empty or 'industry'");
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw row.error("pattern", pattern, "a Java regular expression ("
                    + e.getDescription() + ")");
        }
        String rome = row.optional("rome_code");
        if (rome != null && !ROME.matcher(rome).matches()) {
            throw row.error("rome_code", rome, "a ROME code like M1803");
        }
        String isco = row.optional("isco_code");
        if (isco != null && !ISCO.matcher(isco).matches()) {
            throw row.error("isco_code", isco, "a 4-digit ISCO-08 unit group");
        }
        return new RoleRule(pattern, family, rome, isco, anywhere, !context.isEmpty(),
                row.file() + ":" + row.line());
    }

    private static List<String> keys(RoleTables.Row row, String pattern) {
        Matcher m = KEY.matcher(pattern);
        if (!m.find()) {
            throw row.error("pattern", pattern,
                    "a pattern starting with a word or a group of words like (vp|vice president)");
        }
        if (m.group(1) != null) {
            return List.of(m.group(1));
        }
        List<String> keys = new ArrayList<>();
        for (String alternative : m.group(2).split("\\|")) {
            String first = alternative.strip().split(" ", 2)[0];
            if (first.isEmpty()) {
                throw row.error("pattern", pattern, "no empty alternative in the leading group");
            }
            if (!keys.contains(first)) {
                keys.add(first);
            }
        }
        return keys;
    }

    /** The rules of one key word, compiled into one alternation. */
    private static final class KeyRules implements Serializable {

        private static final long serialVersionUID = 1L;

        private final RoleRule[] rules;
        private final int[] groups;
        private final Pattern pattern;

        KeyRules(List<RoleRule> list) {
            rules = list.toArray(new RoleRule[0]);
            groups = new int[rules.length];
            StringBuilder regex = new StringBuilder("(?:");
            int group = 1;
            for (int k = 0; k < rules.length; k++) {
                if (k > 0) {
                    regex.append('|');
                }
                groups[k] = group;
                regex.append('(').append(rules[k].pattern()).append(")(?= |$)");
                group += 1 + Pattern.compile(rules[k].pattern()).matcher("").groupCount();
            }
            pattern = Pattern.compile(regex.append(')').toString());
        }

        RoleRule match(String title, int from) {
            Matcher m = pattern.matcher(title);
            m.region(from, title.length());
            m.useAnchoringBounds(false);
            m.useTransparentBounds(true);
            if (!m.lookingAt()) {
                return null;
            }
            for (int k = 0; k < rules.length; k++) {
                if (m.start(groups[k]) >= 0) {
                    return rules[k];
                }
            }
            throw new IllegalStateException("role taxonomy: a match without a rule at '"
                    + title.substring(from) + "'; expected one rule group to match");
        }
    }
}
