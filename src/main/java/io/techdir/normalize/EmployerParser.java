package io.techdir.normalize;

import io.techdir.posting.Employer;
import io.techdir.posting.EmployerKind;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes the employer of a posting: name, direct employer or intermediary, sector, NAF
 * code and INSEE size band (NORMALIZATION.md, "Employer and skills").
 *
 * <p>Intermediary signs live in {@code data/reference/intermediaries.csv}.
 */
public final class EmployerParser implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FILE = "intermediaries.csv";

    /** Glassdoor appends the company rating on a new line: "Visa Inc.\n3.7". */
    private static final Pattern RATING = Pattern.compile("\\s*[\\r\\n]+\\s*\\d(?:\\.\\d)?\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern NAF = Pattern.compile("(\\d{2})(?:\\.?(\\d{1,2}))?\\s*([A-Za-z])?");
    /** A head count: "10 000", "1 001", "5000", "10000+". */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[ \\u00a0\\u202f.,]\\d{3})+|\\d+");

    /** Values meaning "nothing known" (folded). */
    private static final Set<String> UNKNOWN = Set.of("", "unknown", "inconnu", "n a", "na",
            "non renseigne", "non communique", "nc", "confidentiel", "none", "null");
    private static final Set<String> NEGATIONS = Set.of("pas", "aucun", "aucune", "sans", "ni",
            "non", "no", "not", "jamais");
    private static final Set<String> ABSTAIN = Set.of("abstenir", "abstenez", "abstain");

    private static volatile EmployerParser standard;

    private final RolePhrases<String> names;
    /** The signs looked for in a company's description of itself: the name signs but the generic words, and the text signs. */
    private final RolePhrases<String> selfDescribed;
    private final RolePhrases<String> sectors;
    private final RolePhrases<String> texts;
    /** Whether a company name or a sector is an intermediary's, for those already seen (made on first use). */
    private transient volatile Signs signs;

    /** The memos of {@link #signs}: by company name, by sector label, by the company's own description. */
    private record Signs(Memo<String, Boolean> names, Memo<String, Boolean> sectors, Memo<String, Boolean> abouts) {
    }

    private EmployerParser(RolePhrases<String> names, RolePhrases<String> selfDescribed,
            RolePhrases<String> sectors, RolePhrases<String> texts) {
        this.names = Objects.requireNonNull(names);
        this.selfDescribed = Objects.requireNonNull(selfDescribed);
        this.sectors = Objects.requireNonNull(sectors);
        this.texts = Objects.requireNonNull(texts);
    }

    /** The parser with {@code /reference/intermediaries.csv} from the classpath. */
    public static EmployerParser standard() {
        EmployerParser s = standard;
        if (s == null) {
            synchronized (EmployerParser.class) {
                s = standard;
                if (s == null) {
                    s = of(RoleTables.classpath(FILE, "phrase", "where"));
                    standard = s;
                }
            }
        }
        return s;
    }

    /** Builds a parser from table rows; throws with {@code file:line} on a bad row. */
    static EmployerParser of(List<RoleTables.Row> rows) {
        RolePhrases<String> names = new RolePhrases<>();
        RolePhrases<String> selfDescribed = new RolePhrases<>();
        RolePhrases<String> sectors = new RolePhrases<>();
        RolePhrases<String> texts = new RolePhrases<>();
        for (RoleTables.Row row : rows) {
            String phrase = Departments.key(row.require("phrase"));
            String where = row.require("where");
            switch (where) {
                case "name" -> {
                    names.add(phrase, phrase);
                    selfDescribed.add(phrase, phrase);
                }
                case "name only" -> names.add(phrase, phrase);
                case "sector" -> sectors.add(phrase, phrase);
                case "text" -> {
                    texts.add(phrase, phrase);
                    selfDescribed.add(phrase, phrase);
                }
                default -> throw row.error("where", where, "'name', 'name only', 'sector' or 'text'");
            }
        }
        return new EmployerParser(names, selfDescribed, sectors, texts);
    }

    /**
     * kind: INTERMEDIARY for NAF 78.xx, temp/placement agencies by name (Adecco, Manpower,
     * Randstad, Synergie, Start People, Proman, Crit, Samsic Emploi, Expectra, Hays, Michael
     * Page, Robert Half ...), "cabinet de recrutement", "pour le compte de notre client"; else
     * DIRECT. sizeBand: INSEE bands "0-9","10-49","50-249","250-4999","5000+" from France
     * Travail trancheEffectifEtab ("10 à 19 salariés", "1 ou 2 salariés", "2000 à 4999
     * salariés" ...) and Glassdoor Size ("501 to 1000 employees", "10000+ employees",
     * "Unknown"/"-1" -> null). sector: sectorLabel as given, cleaned.
     *
     * <p>A board range that straddles two INSEE bands goes to the band of its geometric middle
     * (head counts spread on a log scale: most of a range's firms are near its lower end, but not
     * all): Glassdoor "1 to 50 employees" (middle 7) is 0-9, "201 to 500" (317) is 250-4999, "1001
     * to 5000" (2 237) is 250-4999. France Travail's tranches never straddle. A phrase of the
     * description negated just before ("pas de cabinet de recrutement") or followed by "s'abstenir"
     * is not a sign. The name drops Glassdoor's trailing rating line; placeholders ("Inconnu",
     * "-1", "Confidentiel") give no name.
     *
     * @return the employer; {@link Employer#UNKNOWN} when every argument is empty
     */
    public Employer parse(String company, String nafCode, String sectorLabel, String companySize,
            String description) {
        return parse(company, nafCode, sectorLabel, companySize, null, description);
    }

    /**
     * {@link #parse(String, String, String, String, String)} with the company's description of
     * itself (France Travail {@code entreprise.description}), where an agency that posts under no
     * name says what it is ("Expectra, leader en France de l'intérim spécialisé", "Cette offre
     * d'emploi est publiée par Manpower"): a name sign or a text sign in it, not negated just
     * before, makes the publisher INTERMEDIARY.
     */
    public Employer parse(String company, String nafCode, String sectorLabel, String companySize,
            String companyDescription, String description) {
        return parsePrepared(company, nafCode, sectorLabel, companySize, companyDescription,
                PreparedText.of(description));
    }

    /** {@link #parse(String, String, String, String, String, String)} with a prepared description. */
    Employer parsePrepared(String company, String nafCode, String sectorLabel, String companySize,
            String companyDescription, PreparedText description) {
        String name = name(company);
        String naf = naf(nafCode);
        String sector = sector(sectorLabel);
        String sizeBand = sizeBand(companySize);
        boolean noText = description.isRawBlank();
        String about = companyDescription == null || companyDescription.isBlank() ? null : companyDescription;
        if (name == null && naf == null && sector == null && sizeBand == null && noText && about == null) {
            return Employer.UNKNOWN;
        }
        boolean intermediary = (naf != null && naf.startsWith("78"))
                || (name != null && signs().names().get(name, n -> names.any(RoleText.textTokens(n, false))))
                || (sector != null && signs().sectors().get(sector, t -> sectors.any(RoleText.textTokens(t, false))))
                || (about != null && signs().abouts().get(about, this::aboutSign))
                || (!noText && sign(texts, description.words()));
        return new Employer(name, intermediary ? EmployerKind.INTERMEDIARY : EmployerKind.DIRECT,
                sector, naf, sizeBand);
    }

    /** {@link #sizeBand} of the head-count texts already seen (boards publish a handful). */
    private static final Memo<String, String> SIZE_BANDS = new Memo<>(1024);

    /** INSEE size band of a head-count text, or null when it says nothing. */
    static String sizeBand(String companySize) {
        if (companySize == null) {
            return null;
        }
        return SIZE_BANDS.get(companySize, EmployerParser::readSizeBand);
    }

    private static String readSizeBand(String companySize) {
        String text = RoleText.fold(companySize).strip();
        if (text.equals("-1") || UNKNOWN.contains(Departments.key(text))) {
            return null;
        }
        if (text.contains("sans salarie") || text.contains("aucun salarie")) {
            return "0-9";
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        long low = Long.parseLong(NOT_DIGIT.matcher(m.group()).replaceAll(""));
        if (m.find()) {
            // a range: its geometric middle, head counts being spread on a log scale
            long high = Long.parseLong(NOT_DIGIT.matcher(m.group()).replaceAll(""));
            low = Math.round(Math.sqrt((double) low * Math.max(low, high)));
        }
        if (low < 10) {
            return "0-9";
        }
        if (low < 50) {
            return "10-49";
        }
        if (low < 250) {
            return "50-249";
        }
        return low < 5000 ? "250-4999" : "5000+";
    }

    /** A company's description of itself names an agency, or holds a text sign. */
    private boolean aboutSign(String companyDescription) {
        List<String> tokens = RoleText.textTokens(TextHygiene.clean(companyDescription), false);
        return sign(selfDescribed, tokens);
    }

    /**
     * One of {@code phrases} among the tokens, not negated in the three words before it ("pas de
     * cabinet de recrutement") nor followed by "s'abstenir" within four.
     */
    private static boolean sign(RolePhrases<String> phrases, List<String> tokens) {
        boolean[] found = new boolean[1];
        phrases.scan(tokens, (phrase, at) -> {
            if (found[0]) {
                return;
            }
            for (int k = Math.max(0, at - 3); k < at; k++) {
                if (NEGATIONS.contains(tokens.get(k))) {
                    return;
                }
            }
            int end = at + RolePhrases.wordCount(phrase);
            for (int k = end; k < Math.min(tokens.size(), end + 4); k++) {
                if (ABSTAIN.contains(tokens.get(k))) {
                    return;
                }
            }
            found[0] = true;
        });
        return found[0];
    }

    private Signs signs() {
        Signs s = signs;
        if (s == null) {
            s = new Signs(new Memo<>(8192), new Memo<>(4096), new Memo<>(4096));
            signs = s; // a race only builds a second pair
        }
        return s;
    }

    /** {@link #name} of the companies already seen. */
    private static final Memo<String, String> NAMES = new Memo<>(8192);

    private static String name(String company) {
        if (company == null) {
            return null;
        }
        return NAMES.get(company, EmployerParser::readName);
    }

    private static String readName(String company) {
        String name = SPACES.matcher(RATING.matcher(company).replaceAll("")).replaceAll(" ").strip();
        return name.equals("-1") || UNKNOWN.contains(Departments.key(name)) ? null : name;
    }

    /** {@link #sector} of the labels already seen. */
    private static final Memo<String, String> SECTORS = new Memo<>(4096);

    private static String sector(String label) {
        if (label == null) {
            return null;
        }
        return SECTORS.get(label, EmployerParser::readSector);
    }

    private static String readSector(String label) {
        String sector = SPACES.matcher(label.replace("&amp;", "&")).replaceAll(" ").strip();
        return sector.equals("-1") || UNKNOWN.contains(Departments.key(sector)) ? null : sector;
    }

    /** "62.02A", "6202a", "62.02 A" → "62.02A"; "62" stays; anything else → null. */
    static String naf(String nafCode) {
        if (nafCode == null || nafCode.isBlank()) {
            return null;
        }
        Matcher m = NAF.matcher(nafCode.strip());
        if (!m.matches()) {
            return null;
        }
        StringBuilder out = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            out.append('.').append(m.group(2));
        }
        if (m.group(3) != null) {
            out.append(m.group(3).toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }
}
