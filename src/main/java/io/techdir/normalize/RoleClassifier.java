package io.techdir.normalize;

import io.techdir.posting.Role;
import io.techdir.posting.RoleDomain;
import io.techdir.posting.RoleFamily;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Classifies a posting's title into a role family, with the technical-director domain, ROME
 * and ISCO-08 codes (NORMALIZATION.md, "Role family" and "Role domain").
 *
 * <p>The rules are data: {@code data/reference/role-taxonomy.csv} (title rules),
 * {@code role-domain-naf.csv} and {@code role-domain-keywords.csv} (domains), documented in
 * {@code data/reference/README-roles.md}. Instances are immutable, thread-safe and
 * serializable, so one instance can be shipped to Spark executors.
 */
public final class RoleClassifier implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROME = Pattern.compile("[A-N]\\d{4}");

    private static volatile RoleClassifier standard;

    private final RoleTaxonomy taxonomy;
    private final RoleDomains domains;

    RoleClassifier(RoleTaxonomy taxonomy, RoleDomains domains) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.domains = Objects.requireNonNull(domains, "domains");
    }

    /**
     * The classifier with the tables shipped under {@code /reference/} on the classpath
     * (loaded once per class loader).
     *
     * @throws IllegalStateException naming {@code file:line} when a table is malformed
     */
    public static RoleClassifier standard() {
        RoleClassifier s = standard;
        if (s == null) {
            synchronized (RoleClassifier.class) {
                s = standard;
                if (s == null) {
                    s = new RoleClassifier(RoleTaxonomy.standard(), RoleDomains.standard());
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * Title decides the family (case/accent-insensitive, gender forms "Directeur / Directrice",
     * "Directeur·rice", "(H/F)", "F/H" ignored; deputies keep their family; a sector word does
     * not change the family). Domain only for TECHNICAL_DIRECTOR: from the NAF code first
     * (62/63/61 -> IT_DIGITAL ...), else title + description keywords, else OTHER. romeCode
     * from the source if given and the taxonomy has none. Never null (Role.OTHER).
     *
     * <p>A "directeur de production" (and its English forms) is INDUSTRIAL_DIRECTOR unless the
     * domain found the same way is CULTURE_EVENTS or IT_DIGITAL (a film, TV or IT production
     * director), then OTHER. ISCO-08 for a technical director without a code of its own follows
     * the domain: IT_DIGITAL 1330, INDUSTRY 1321, CONSTRUCTION 1323.
     *
     * @param title the title as published (null gives OTHER)
     * @param description the posting's text, or null
     * @param nafCode the employer's NAF/APE code ("62.02A"), or null
     * @param romeCode the source's ROME code ("M1803"), or null
     * @return the role; never null
     */
    public Role classify(String title, String description, String nafCode, String romeCode) {
        return classifyPrepared(title, PreparedText.of(description), nafCode, romeCode);
    }

    /** {@link #classify(String, String, String, String)} with a prepared description. */
    Role classifyPrepared(String title, PreparedText description, String nafCode, String romeCode) {
        String sourceRome = rome(romeCode);
        TitleReading read = title == null ? readTitle(null) : titles().get(title, this::readTitle);
        List<String> tokens = read.tokens();
        RoleRule rule = read.rule();
        if (rule == null || rule.family() == RoleFamily.OTHER) {
            return other(sourceRome);
        }
        RoleFamily family = rule.family();
        RoleDomain domain = null;
        if (family == RoleFamily.TECHNICAL_DIRECTOR || rule.industryContext()) {
            RoleDomain found = domains.detectPrepared(nafCode, tokens, description);
            if (rule.industryContext()
                    && (found == RoleDomain.CULTURE_EVENTS || found == RoleDomain.IT_DIGITAL)) {
                return other(sourceRome);
            }
            if (family == RoleFamily.TECHNICAL_DIRECTOR) {
                domain = found;
            }
        }
        String isco = rule.iscoCode() != null ? rule.iscoCode() : iscoFor(family, domain);
        String rome = rule.romeCode() != null ? rule.romeCode() : sourceRome;
        return new Role(family, domain, rome, isco);
    }

    /** A title's tokens and the rule they match (null when none). */
    private record TitleReading(List<String> tokens, RoleRule rule) {
    }

    /** Distinct titles kept by {@link #titles}. */
    private static final int TITLE_MEMO_SIZE = 16384;
    /** {@link #readTitle} of the titles already seen (built on first use, also after deserialization). */
    private transient volatile Memo<String, TitleReading> titles;

    private Memo<String, TitleReading> titles() {
        Memo<String, TitleReading> memo = titles;
        if (memo == null) {
            memo = new Memo<>(TITLE_MEMO_SIZE);
            titles = memo; // a race only builds a second memo
        }
        return memo;
    }

    private TitleReading readTitle(String title) {
        List<String> tokens = List.copyOf(RoleText.titleTokens(title));
        return new TitleReading(tokens, tokens.isEmpty() ? null : taxonomy.match(tokens));
    }

    private static Role other(String sourceRome) {
        return sourceRome == null ? Role.OTHER : new Role(RoleFamily.OTHER, null, sourceRome, null);
    }

    private static String iscoFor(RoleFamily family, RoleDomain domain) {
        if (family != RoleFamily.TECHNICAL_DIRECTOR || domain == null) {
            return null;
        }
        return switch (domain) {
            case IT_DIGITAL -> "1330";
            case INDUSTRY -> "1321";
            case CONSTRUCTION -> "1323";
            default -> null;
        };
    }

    private static String rome(String romeCode) {
        if (romeCode == null) {
            return null;
        }
        String code = romeCode.strip().toUpperCase(Locale.ROOT);
        return ROME.matcher(code).matches() ? code : null;
    }
}
