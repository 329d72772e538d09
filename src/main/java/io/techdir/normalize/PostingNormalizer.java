package io.techdir.normalize;

import io.techdir.posting.ContractType;
import io.techdir.posting.Degree;
import io.techdir.posting.Employer;
import io.techdir.posting.Experience;
import io.techdir.posting.Place;
import io.techdir.posting.Posting;
import io.techdir.posting.PostingIds;
import io.techdir.posting.RawPosting;
import io.techdir.posting.RemoteWork;
import io.techdir.posting.Role;
import io.techdir.posting.Salary;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one {@link RawPosting} into a {@link Posting}: text hygiene, then each field's parser.
 * Pure and total (every raw posting gives a posting); Serializable, so one instance is shipped to
 * Spark executors and reused for every record.
 */
public final class PostingNormalizer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Country assumed when neither the posting nor its source says. */
    public static final String DEFAULT_COUNTRY = "FR";

    /** Attribute a source mapping may set to give its default currency (Glassdoor: USD). */
    public static final String CURRENCY_ATTRIBUTE = "currency";

    /**
     * Attribute a source mapping may set to name the salary periods whose amounts its export cuts
     * short (HelloWork: HOUR), comma-separated: such amounts are flagged IMPLAUSIBLE.
     */
    public static final String TRUNCATED_PERIODS_ATTRIBUTE = RawPosting.SALARY_TRUNCATED_PERIODS;

    /** Attribute holding a source's own skill labels (France Travail {@code competences}). */
    public static final String COMPETENCES_ATTRIBUTE = "competences";

    /** Attribute holding France Travail's {@code natureContrat}. */
    public static final String NATURE_ATTRIBUTE = "natureContrat";

    private static final java.util.regex.Pattern NATURE_THAT_SAYS_MORE =
            java.util.regex.Pattern.compile("(?i)apprentissage|professionnalisation");

    private static final Map<String, String> COUNTRY_CURRENCY =
            Map.of("FR", "EUR", "US", "USD", "GB", "GBP", "CH", "CHF", "CA", "CAD", "BE", "EUR",
                    "LU", "EUR", "DE", "EUR");

    private final SalaryParser salaryParser;
    private final ExperienceParser experienceParser = new ExperienceParser();
    private final DegreeParser degreeParser = new DegreeParser();
    private final ContractParser contractParser = new ContractParser();
    private final RemoteWorkParser remoteParser = new RemoteWorkParser();
    private final RoleClassifier roleClassifier;
    private final LocationParser locationParser;
    private final EmployerParser employerParser;
    private final SkillsDetector skillsDetector = new SkillsDetector();
    private final PriorRoleDetector priorRoleDetector = new PriorRoleDetector();

    /** A normalizer with the parsers' standard reference tables. */
    public static PostingNormalizer standard() {
        return new PostingNormalizer(SalaryParser.standard(), RoleClassifier.standard(),
                LocationParser.standard(), EmployerParser.standard());
    }

    PostingNormalizer(SalaryParser salaryParser, RoleClassifier roleClassifier,
            LocationParser locationParser, EmployerParser employerParser) {
        this.salaryParser = salaryParser;
        this.roleClassifier = roleClassifier;
        this.locationParser = locationParser;
        this.employerParser = employerParser;
    }

    /** Normalizes one raw posting. */
    public Posting normalize(RawPosting raw) {
        return normalize(raw, Laps.NONE);
    }

    /**
     * What {@link #normalize(RawPosting, Laps)} tells after each of its steps (the benchmark's
     * {@code --steps} times them); {@link #NONE} does nothing.
     */
    interface Laps {
        /** No timing: what {@link #normalize(RawPosting)} passes. */
        Laps NONE = step -> { };

        /** The step {@code step} of {@link #STEPS} has just ended. */
        void lap(int step);
    }

    /**
     * The steps of {@link #normalize(RawPosting, Laps)}, in order. A text's lazily made forms are
     * charged to the first step that asks for them (a description's words to {@code degree}).
     */
    static final List<String> STEPS = List.of("prepare", "contract", "remote", "salary", "experience", "degree",
            "role", "employer", "skills+prior+id");

    /** {@link #normalize(RawPosting)}, telling {@code laps} the end of each of its {@link #STEPS}. */
    Posting normalize(RawPosting raw, Laps laps) {
        String title = TextHygiene.clean(raw.title());
        PreparedText preparedTitle = PreparedText.forPosting(title, raw.title());
        PreparedText preparedDescription = PreparedText.forPublished(raw.description());
        String location = TextHygiene.clean(raw.location());
        Place place = locationParser.parse(location, raw.postalCode(), raw.country(), DEFAULT_COUNTRY);
        String country = place.country() != null ? place.country() : DEFAULT_COUNTRY;
        laps.lap(0);

        ContractType contract = contractParser.parsePrepared(contractText(raw), preparedTitle, preparedDescription).orElse(null);
        laps.lap(1);
        RemoteWork remote = remoteParser.parsePrepared(preparedTitle, preparedDescription).orElse(null);
        laps.lap(2);

        String salaryText = TextHygiene.clean(raw.salaryText());
        String currency = raw.attributes().getOrDefault(CURRENCY_ATTRIBUTE,
                COUNTRY_CURRENCY.getOrDefault(country, "EUR"));
        Salary salary = salaryParser.parsePrepared(salaryText, preparedDescription,
                new SalaryContext(currency, contract == ContractType.FREELANCE,
                        SalaryContext.periods(raw.attributes().get(TRUNCATED_PERIODS_ATTRIBUTE))));
        laps.lap(3);

        Experience experience = experienceParser.parsePrepared(TextHygiene.clean(raw.experienceText()),
                raw.experienceRequirement(), preparedDescription);
        laps.lap(4);
        Degree degree = degreeParser.parsePrepared(TextHygiene.clean(raw.educationText()), preparedDescription, contract);
        laps.lap(5);
        Role role = roleClassifier.classifyPrepared(title, preparedDescription, raw.nafCode(), raw.romeCode());
        laps.lap(6);
        Employer employer = employerParser.parsePrepared(TextHygiene.clean(raw.company()), raw.nafCode(),
                TextHygiene.clean(raw.sectorLabel()), TextHygiene.clean(raw.companySize()),
                raw.attributes().get(RawPosting.COMPANY_DESCRIPTION), preparedDescription);
        laps.lap(7);

        Posting posting = new Posting(
                PostingIds.id(raw.source(), raw.record()),
                raw.source(),
                raw.sourceId() == null ? null : raw.sourceId().trim(),
                raw.record(),
                TextHygiene.clean(raw.url()),
                title,
                role,
                employer,
                location,
                place,
                contract,
                remote,
                salaryText,
                salary,
                experience,
                degree,
                skillsDetector.detectPrepared(preparedTitle, preparedDescription,
                        raw.attributes().get(COMPETENCES_ATTRIBUTE)),
                isoDate(raw.datePosted()),
                priorRoleDetector.asksPrepared(preparedTitle, preparedDescription));
        laps.lap(8);
        return posting;
    }

    /**
     * The contract field, with France Travail's {@code natureContrat} appended: apprenticeships are
     * published as {@code typeContrat} "CDD" plus {@code natureContrat} "Contrat apprentissage".
     */
    private static String contractText(RawPosting raw) {
        String contract = TextHygiene.clean(raw.contract());
        String nature = TextHygiene.clean(raw.attributes().get(NATURE_ATTRIBUTE));
        if (nature == null || !NATURE_THAT_SAYS_MORE.matcher(nature).find()) {
            return contract;
        }
        return contract == null ? nature : contract + " " + nature;
    }

    /**
     * Whether a raw posting's date was published but could not be read: its normalized {@code
     * date_posted} is then empty, like a date not given, and data quality counts it apart ("date_posted
     * unreadable"). A test of the two results, no second reading of the text.
     *
     * @param posting {@code raw} normalized
     */
    public static boolean dateUnreadable(RawPosting raw, Posting posting) {
        return posting.datePosted() == null && raw.datePosted() != null && !raw.datePosted().isBlank();
    }

    /**
     * The ISO date ({@code yyyy-MM-dd}) a posting was published: from an ISO date or date-time
     * (its date as written, whatever its zone), or one of the forms {@link PublishedDate} reads
     * ({@code 20260108}, {@code 08/01/2026} day first unless the second number is above 12,
     * {@code 8 janv. 2026}, {@code Jan 8, 2026}...); null when there is none or it cannot be read
     * ({@link #dateUnreadable}). Every source's dates are read here, CSV and web alike.
     */
    static String isoDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (isSurelyValidDatePrefix(text)) {
            // what readDate gives for it, without the memo's hashing: most dates are such
            return text.length() == 10 ? text : text.substring(0, 10);
        }
        return DATES.get(text, PostingNormalizer::readDate);
    }

    /**
     * Whether {@code text} starts with {@code yyyy-MM-dd} with a month 01-12 and a day 01-28: a
     * date of every year, which {@link #readDate} returns as those ten characters.
     */
    private static boolean isSurelyValidDatePrefix(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || !isDigits(text, 0, 4)
                || !isDigits(text, 5, 7) || !isDigits(text, 8, 10)) {
            return false;
        }
        int month = (text.charAt(5) - '0') * 10 + text.charAt(6) - '0';
        int day = (text.charAt(8) - '0') * 10 + text.charAt(9) - '0';
        return month >= 1 && month <= 12 && day >= 1 && day <= 28;
    }

    /** {@link #isoDate} of the texts already seen (a source publishes many postings a day). */
    private static final Memo<String, String> DATES = new Memo<>(8192);

    private static String readDate(String text) {
        String t = text.trim();
        if (t.length() >= 10 && t.charAt(4) == '-') {
            // an ISO date-time's date is its first ten characters; a text that is not one still
            // gives the date it starts with
            return isoDatePrefix(t);
        }
        try {
            if (t.length() > 10) {
                return OffsetDateTime.parse(t).toLocalDate().toString();
            }
            return LocalDate.parse(t).toString();
        } catch (DateTimeParseException e) {
            return PublishedDate.read(t);
        }
    }

    private static String isoDatePrefix(String t) {
        if (isDigits(t, 0, 4) && t.charAt(4) == '-' && isDigits(t, 5, 7) && t.charAt(7) == '-' && isDigits(t, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
                        Integer.parseInt(t, 8, 10, 10)).toString();
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            return LocalDate.parse(t.substring(0, 10).toUpperCase(Locale.ROOT)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
