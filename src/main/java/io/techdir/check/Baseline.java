package io.techdir.check;

import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import io.techdir.posting.RoleDomain;
import io.techdir.posting.RoleFamily;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The documented baseline: the claims of the role description, with their original wording and
 * the thresholds techdir tests them with. Loaded from {@code data/reference/baseline.properties}
 * (shipped in the jar as {@code /reference/baseline.properties}) or from a user's file; the
 * file's comments state each rule.
 *
 * @param name the baseline's name, shown in reports
 * @param source where it was loaded from (a path, or {@code classpath:/reference/...})
 * @param scopeFamily role family the claims are about
 * @param scopeDomains role domains in scope
 * @param scopeCountries countries in scope (ISO 3166-1 alpha-2 codes, as the posting's
 *     {@code country}); empty for any country. A posting whose country is unknown stays in scope
 * @param salaryWording original wording of the salary claim
 * @param salaryFloorMonthlyEur monthly gross floor (4 000)
 * @param salaryFloorMonths months per year for the floor (12)
 * @param experienceWording original wording of the experience claim
 * @param experienceMinYears lower bound of the claimed range (6)
 * @param experienceMaxYears upper bound of the claimed range (10)
 * @param degreeWording original wording of the degree claim
 * @param degreeMinLevel the degree level claimed (BAC_5)
 * @param degreeKinds the degree kinds claimed
 * @param degreeMajority share above which the degree claim is supported
 * @param businessSchoolWording original wording of the business-school claim
 * @param businessSchoolMinShare share from which "appreciated" is supported
 * @param followOnWording original wording of the follow-on claim
 * @param followOnFamilies the follow-on role families
 * @param followOnMinPostings postings needed to support one follow-on role
 * @param minObservations observations needed for any verdict
 */
public record Baseline(
        String name,
        String source,
        RoleFamily scopeFamily,
        Set<RoleDomain> scopeDomains,
        Set<String> scopeCountries,
        String salaryWording,
        double salaryFloorMonthlyEur,
        int salaryFloorMonths,
        String experienceWording,
        double experienceMinYears,
        double experienceMaxYears,
        String degreeWording,
        DegreeLevel degreeMinLevel,
        Set<DegreeKind> degreeKinds,
        double degreeMajority,
        String businessSchoolWording,
        double businessSchoolMinShare,
        String followOnWording,
        List<RoleFamily> followOnFamilies,
        int followOnMinPostings,
        int minObservations) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Classpath location of the shipped baseline. */
    public static final String STANDARD_RESOURCE = "/reference/baseline.properties";

    public Baseline {
        // in declaration order, so that every report lists them alike (Set.copyOf's order changes
        // from one JVM to the next)
        scopeDomains = inOrder(scopeDomains, RoleDomain.class);
        scopeCountries = Collections.unmodifiableSet(new TreeSet<>(scopeCountries));
        degreeKinds = inOrder(degreeKinds, DegreeKind.class);
        followOnFamilies = List.copyOf(followOnFamilies);
        if (experienceMinYears > experienceMaxYears) {
            throw new IllegalArgumentException(source + ": experience.min_years " + experienceMinYears
                    + " > experience.max_years " + experienceMaxYears);
        }
    }

    /**
     * Whether a posting of this country is in scope: any country when {@link #scopeCountries} is
     * empty, else the countries listed; a posting whose country is unknown (null) stays in: most
     * are French boards' postings without a location, and the salary spread by country shows them.
     */
    public boolean countryInScope(String country) {
        return country == null || scopeCountries.isEmpty() || scopeCountries.contains(country);
    }

    /**
     * The postings the claims are about, as reports name them: "TECHNICAL_DIRECTOR x IT_DIGITAL x FR"
     * (no country part when any country is in scope).
     */
    public String population() {
        return scopeFamily + " x " + String.join("+", scopeDomains.stream().map(Enum::name).sorted().toList())
                + (scopeCountries.isEmpty() ? "" : " x " + String.join("+", scopeCountries));
    }

    /** The annual gross floor in EUR: monthly floor x months (48 000). */
    public double salaryFloorAnnualEur() {
        return salaryFloorMonthlyEur * salaryFloorMonths;
    }

    /** The shipped baseline. */
    public static Baseline standard() {
        try (InputStream in = Baseline.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + STANDARD_RESOURCE + " missing from the build");
            }
            return parse(read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)),
                    "classpath:" + STANDARD_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("classpath:" + STANDARD_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a baseline file.
     *
     * @throws BadConfigurationException naming the file and the key when a value is missing or bad
     */
    public static Baseline load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(read(r), file.toString());
        } catch (NoSuchFileException e) {
            throw new BadConfigurationException(file + ": no such baseline file");
        } catch (IOException e) {
            throw new BadConfigurationException(file + ": cannot read baseline file: " + e.getMessage());
        }
    }

    private static Properties read(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        return p;
    }

    static Baseline parse(Properties p, String source) {
        Keys k = new Keys(p, source);
        double minYears = k.atLeastZero("experience.min_years");
        double maxYears = k.atLeastZero("experience.max_years");
        if (minYears > maxYears) {
            throw new BadConfigurationException(source + ": key 'experience.min_years' has value '"
                    + k.text("experience.min_years") + "', above key 'experience.max_years' ('"
                    + k.text("experience.max_years") + "'); expected experience.min_years <= experience.max_years");
        }
        return new Baseline(
                k.text("name"),
                source,
                k.enumValue("scope.role_family", RoleFamily.class),
                EnumSet.copyOf(k.enumList("scope.role_domains", RoleDomain.class)),
                k.countries("scope.countries"),
                k.text("claim.salary.wording"),
                k.positive("salary.floor.monthly_eur"),
                k.count("salary.floor.months"),
                k.text("claim.experience.wording"),
                minYears,
                maxYears,
                k.text("claim.degree.wording"),
                k.enumValue("degree.min_level", DegreeLevel.class),
                EnumSet.copyOf(k.enumList("degree.kinds", DegreeKind.class)),
                k.share("degree.majority"),
                k.text("claim.business_school.wording"),
                k.share("business_school.min_share"),
                k.text("claim.follow_on.wording"),
                k.enumList("follow_on.role_families", RoleFamily.class),
                k.count("follow_on.min_postings"),
                k.count("min_observations"));
    }

    /** Reads typed values, naming the file and key in every error. */
    private record Keys(Properties p, String source) {

        String text(String key) {
            String v = p.getProperty(key);
            if (v == null || v.isBlank()) {
                throw new BadConfigurationException(source + ": missing key '" + key + "'");
            }
            return v.trim();
        }

        /** A finite number (NaN and infinities are refused). */
        double number(String key) {
            String v = text(key);
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw bad(key, v, "a number");
            }
            if (!Double.isFinite(d)) {
                throw bad(key, v, "a finite number");
            }
            return d;
        }

        /** A number above 0 (the salary floor). */
        double positive(String key) {
            double d = number(key);
            if (d <= 0) {
                throw bad(key, text(key), "a number above 0");
            }
            return d;
        }

        /** A number of 0 or more (years). */
        double atLeastZero(String key) {
            double d = number(key);
            if (d < 0) {
                throw bad(key, text(key), "a number of 0 or more");
            }
            return d;
        }

        /** A share, from 0 to 1. */
        double share(String key) {
            double d = number(key);
            if (d < 0 || d > 1) {
                throw bad(key, text(key), "a share from 0 to 1 (e.g. 0.5 for half)");
            }
            return d;
        }

        /** A whole number of 1 or more (months, postings, observations). */
        int count(String key) {
            double d = number(key);
            if (d < 1 || d > Integer.MAX_VALUE || d != Math.rint(d)) {
                throw bad(key, text(key), "a whole number of 1 or more");
            }
            return (int) d;
        }

        private BadConfigurationException bad(String key, String value, String expected) {
            return new BadConfigurationException(source + ": key '" + key + "' has value '" + value
                    + "'; expected " + expected);
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            String v = text(key);
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadConfigurationException(source + ": key '" + key + "' has value '" + v
                        + "'; expected one of " + List.of(type.getEnumConstants()));
            }
        }

        /** Comma-separated ISO 3166-1 alpha-2 codes; an absent or empty key is no country (any). */
        Set<String> countries(String key) {
            String v = p.getProperty(key);
            Set<String> out = new TreeSet<>();
            if (v == null || v.isBlank()) {
                return out;
            }
            for (String item : v.split(",")) {
                String code = item.trim();
                if (!code.matches("[A-Za-z]{2}")) {
                    throw new BadConfigurationException(source + ": key '" + key + "' has item '" + code
                            + "'; expected two-letter country codes (ISO 3166-1 alpha-2, e.g. FR), comma-separated");
                }
                out.add(code.toUpperCase(Locale.ROOT));
            }
            return out;
        }

        <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
            List<E> out = new ArrayList<>();
            for (String item : text(key).split(",")) {
                String v = item.trim();
                try {
                    out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new BadConfigurationException(source + ": key '" + key + "' has item '" + v
                            + "'; expected one of " + List.of(type.getEnumConstants()));
                }
            }
            return out;
        }
    }

    /** An unmodifiable copy iterating in the enum's declaration order. */
    private static <E extends Enum<E>> Set<E> inOrder(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return java.util.Collections.unmodifiableSet(copy);
    }
}
