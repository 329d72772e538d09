package io.techdir.normalize;

import io.techdir.posting.Place;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes a published place into a French département and region, or a US state, and a
 * country (ISO 3166 alpha-2).
 *
 * <p>Read, in this order: a département code in the text ("78 - Limay", "Nord - 59", "Paris (75)",
 * "75"), a postal code in the text ("75008 Paris"), a département, big-city, region or country name
 * in one of the text's parts ("Lyon", "Île-de-France", "Belgique", "Oregon"), a US "City, ST" form;
 * then the postal-code field. The country is a country or foreign region the text names
 * ("Luxembourg (Frontalier)", "Allemagne"), else the {@code country} argument when it names one (a
 * source's country is its default: France Travail's "FR"), else what the text says (a département
 * means FR, "Austin, TX" the US), else {@code defaultCountry}. A département is kept only for
 * France. "Remote" and "Télétravail" give the country only.
 *
 * <p>Known limit: without a country from the source, a trailing ", XX" that is a US state code
 * is read as the US even when XX is also a country code ("Berlin, DE" is Delaware); boards
 * outside the US write country names.
 */
public final class LocationParser implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "(\\d{2,3}|2[ab])";
    /** "78 - Limay", "974 - Réunion", "75". */
    private static final Pattern CODE_FIRST = Pattern.compile("^" + CODE + "(?:\\s*-\\s*.*)?$");
    /** "Nord - 59", "Marseille 14e - 13". */
    private static final Pattern CODE_LAST = Pattern.compile("^.*\\s-\\s*" + CODE + "$");
    /** "Paris (75)". */
    private static final Pattern CODE_PAREN = Pattern.compile("\\(\\s*" + CODE + "\\s*\\)");
    /** "75008 Paris", "Paris 75008". */
    private static final Pattern POSTAL = Pattern.compile("(?<!\\d)(\\d{5})(?!\\d)");
    /** "Albuquerque, NM". */
    private static final Pattern US_STATE = Pattern.compile(",\\s*([A-Za-z]{2})\\s*$");
    /** Parts of a location text. */
    private static final Pattern PARTS = Pattern.compile("\\s+-\\s+|[,()/]");
    /** "14e", "8eme", "1er": a Paris/Lyon/Marseille arrondissement after a city name. */
    private static final Pattern ARRONDISSEMENT = Pattern.compile("\\s+\\d{1,2}\\s*(?:e|er|eme)?$");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Set<String> REMOTE = Set.of("remote", "full remote", "100 remote",
            "teletravail", "100 teletravail", "teletravail complet", "anywhere", "a distance");

    /** US states (and DC, Puerto Rico) by postal code, with their names (folded). */
    private static final Map<String, String> US_STATE_NAMES = Map.ofEntries(
            Map.entry("AL", "alabama"), Map.entry("AK", "alaska"), Map.entry("AZ", "arizona"),
            Map.entry("AR", "arkansas"), Map.entry("CA", "california"), Map.entry("CO", "colorado"),
            Map.entry("CT", "connecticut"), Map.entry("DE", "delaware"),
            Map.entry("DC", "district of columbia"), Map.entry("FL", "florida"), Map.entry("GA", "georgia"),
            Map.entry("HI", "hawaii"), Map.entry("ID", "idaho"), Map.entry("IL", "illinois"),
            Map.entry("IN", "indiana"), Map.entry("IA", "iowa"), Map.entry("KS", "kansas"),
            Map.entry("KY", "kentucky"), Map.entry("LA", "louisiana"), Map.entry("ME", "maine"),
            Map.entry("MD", "maryland"), Map.entry("MA", "massachusetts"), Map.entry("MI", "michigan"),
            Map.entry("MN", "minnesota"), Map.entry("MS", "mississippi"), Map.entry("MO", "missouri"),
            Map.entry("MT", "montana"), Map.entry("NE", "nebraska"), Map.entry("NV", "nevada"),
            Map.entry("NH", "new hampshire"), Map.entry("NJ", "new jersey"), Map.entry("NM", "new mexico"),
            Map.entry("NY", "new york state"), Map.entry("NC", "north carolina"),
            Map.entry("ND", "north dakota"), Map.entry("OH", "ohio"), Map.entry("OK", "oklahoma"),
            Map.entry("OR", "oregon"), Map.entry("PA", "pennsylvania"), Map.entry("RI", "rhode island"),
            Map.entry("SC", "south carolina"), Map.entry("SD", "south dakota"), Map.entry("TN", "tennessee"),
            Map.entry("TX", "texas"), Map.entry("UT", "utah"), Map.entry("VT", "vermont"),
            Map.entry("VA", "virginia"), Map.entry("WA", "washington state"),
            Map.entry("WV", "west virginia"), Map.entry("WI", "wisconsin"), Map.entry("WY", "wyoming"),
            Map.entry("PR", "puerto rico"));
    private static final Set<String> US_STATES = US_STATE_NAMES.keySet();

    /** A few big cities (folded) and their département, for locations without a code. */
    private static final Map<String, String> CITIES = Map.ofEntries(
            Map.entry("paris", "75"), Map.entry("marseille", "13"), Map.entry("lyon", "69"),
            Map.entry("toulouse", "31"), Map.entry("nice", "06"), Map.entry("nantes", "44"),
            Map.entry("montpellier", "34"), Map.entry("strasbourg", "67"),
            Map.entry("bordeaux", "33"), Map.entry("lille", "59"), Map.entry("rennes", "35"),
            Map.entry("reims", "51"), Map.entry("toulon", "83"), Map.entry("grenoble", "38"),
            Map.entry("dijon", "21"), Map.entry("angers", "49"), Map.entry("nimes", "30"),
            Map.entry("clermont ferrand", "63"), Map.entry("le havre", "76"),
            Map.entry("saint etienne", "42"), Map.entry("brest", "29"), Map.entry("tours", "37"),
            Map.entry("amiens", "80"), Map.entry("limoges", "87"), Map.entry("metz", "57"),
            Map.entry("rouen", "76"), Map.entry("caen", "14"), Map.entry("orleans", "45"),
            Map.entry("nancy", "54"), Map.entry("aix en provence", "13"), Map.entry("le mans", "72"),
            Map.entry("besancon", "25"), Map.entry("perpignan", "66"), Map.entry("mulhouse", "68"),
            Map.entry("la defense", "92"), Map.entry("nanterre", "92"),
            Map.entry("boulogne billancourt", "92"), Map.entry("versailles", "78"),
            Map.entry("sophia antipolis", "06"), Map.entry("ajaccio", "2A"),
            Map.entry("bastia", "2B"));

    /** Country names and alpha-3 codes (folded) to ISO alpha-2. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("france", "FR"), Map.entry("fra", "FR"),
            Map.entry("belgique", "BE"), Map.entry("belgium", "BE"),
            Map.entry("suisse", "CH"), Map.entry("switzerland", "CH"),
            Map.entry("luxembourg", "LU"), Map.entry("monaco", "MC"),
            Map.entry("principaute de monaco", "MC"), Map.entry("canada", "CA"),
            Map.entry("quebec canada", "CA"), Map.entry("allemagne", "DE"),
            Map.entry("germany", "DE"), Map.entry("espagne", "ES"), Map.entry("spain", "ES"),
            Map.entry("italie", "IT"), Map.entry("italy", "IT"), Map.entry("royaume uni", "GB"),
            Map.entry("united kingdom", "GB"), Map.entry("uk", "GB"), Map.entry("pays bas", "NL"),
            Map.entry("netherlands", "NL"), Map.entry("portugal", "PT"), Map.entry("irlande", "IE"),
            Map.entry("ireland", "IE"), Map.entry("etats unis", "US"), Map.entry("united states", "US"),
            Map.entry("usa", "US"), Map.entry("maroc", "MA"), Map.entry("morocco", "MA"),
            Map.entry("tunisie", "TN"), Map.entry("algerie", "DZ"));

    /**
     * Sub-national units named in the text of a non-French location: Québec, and the US states by
     * their names ("Oregon", "New Jersey"; "New York State" and "Washington State", the bare names
     * being cities first).
     */
    private static final Map<String, String[]> FOREIGN_REGIONS = foreignRegions();

    private static Map<String, String[]> foreignRegions() {
        Map<String, String[]> m = new java.util.HashMap<>();
        m.put("quebec", new String[] {"CA", "QC"});
        m.put("quebec canada", new String[] {"CA", "QC"});
        US_STATE_NAMES.forEach((code, name) -> m.put(name, new String[] {"US", code}));
        return Map.copyOf(m);
    }

    private static volatile LocationParser standard;

    private final Departments departments;

    LocationParser(Departments departments) {
        this.departments = Objects.requireNonNull(departments, "departments");
    }

    /** The parser with {@code /reference/departements.csv} from the classpath. */
    public static LocationParser standard() {
        LocationParser s = standard;
        if (s == null) {
            synchronized (LocationParser.class) {
                s = standard;
                if (s == null) {
                    s = new LocationParser(Departments.standard());
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * "78 - Limay", "Paris (75)", "Marseille 14e - 13", "Nord - 59", "75008 Paris", postal code
     * field, "Île-de-France", "Lyon" (a few big cities are enough), "Albuquerque, NM" (country US,
     * region NM), "Remote". defaultCountry: ISO alpha-2 used when nothing else tells ("FR" for
     * French boards). Never null (Place.UNKNOWN).
     *
     * @param location the place as published, or null
     * @param postalCode a postal-code field, or null
     * @param country an ISO 3166 code or a country name from the source, or null
     * @param defaultCountry ISO alpha-2 of the source's configuration, or null
     * @return the place; never null
     */
    public Place parse(String location, String postalCode, String country, String defaultCountry) {
        Memo<PlaceKey, Place> memo = places;
        if (memo == null) {
            memo = new Memo<>(MEMO_SIZE);
            places = memo; // a race only builds a second memo
        }
        return memo.get(new PlaceKey(location, postalCode, country, defaultCountry), this::read);
    }

    /** The arguments of {@link #parse}. */
    private record PlaceKey(String location, String postalCode, String country, String defaultCountry) {
    }

    /** Distinct arguments kept by {@link #places}. */
    private static final int MEMO_SIZE = 8192;
    /** {@link #read} of the arguments already seen (built on first use, also after deserialization). */
    private transient volatile Memo<PlaceKey, Place> places;

    private Place read(PlaceKey key) {
        return read(key.location(), key.postalCode(), key.country(), key.defaultCountry());
    }

    private Place read(String location, String postalCode, String country, String defaultCountry) {
        String text = WHITESPACE_RUN.matcher(RoleText.fold(location).strip()).replaceAll(" ");
        Found found = new Found();
        if (!text.isEmpty() && !REMOTE.contains(Departments.key(text))) {
            readText(text, location.strip(), found);
        }
        if (found.department == null && (found.country == null || "FR".equals(found.country))) {
            departments.byPostalCode(postalCode).ifPresent(d -> found.department = d);
        }
        // A country or foreign region the text names is where the job is, whatever the source's
        // country ("Luxembourg (Frontalier)" on France Travail, "Allemagne" on HelloWork).
        String isoCountry = found.countryNamed ? found.country : country(country);
        if (isoCountry == null) {
            isoCountry = found.country;
        }
        if (isoCountry == null && (found.department != null || found.region != null)) {
            isoCountry = "FR";
        }
        if (isoCountry == null) {
            isoCountry = country(defaultCountry);
        }
        String department = null;
        String region = found.foreignRegion;
        if ("FR".equals(isoCountry)) {
            region = found.region;
            if (found.department != null) {
                department = found.department.code();
                region = found.department.region();
            }
        } else if (found.country == null || !found.country.equals(isoCountry)) {
            region = null;
        }
        if (department == null && region == null && isoCountry == null) {
            return Place.UNKNOWN;
        }
        return new Place(department, region, isoCountry);
    }

    private void readText(String text, String original, Found found) {
        Optional<Departments.Department> dep = code(CODE_FIRST, text)
                .or(() -> code(CODE_LAST, text))
                .or(() -> code(CODE_PAREN, text));
        if (dep.isEmpty()) {
            Matcher postal = POSTAL.matcher(text);
            if (postal.find()) {
                dep = departments.byPostalCode(postal.group(1));
            }
        }
        if (dep.isPresent()) {
            found.department = dep.get();
            return;
        }
        Matcher us = US_STATE.matcher(original);
        if (us.find() && US_STATES.contains(us.group(1).toUpperCase(Locale.ROOT))) {
            found.country = "US";
            found.foreignRegion = us.group(1).toUpperCase(Locale.ROOT);
            return;
        }
        String whole = Departments.key(text);
        if (readName(whole, found)) {
            return;
        }
        for (String part : PARTS.split(text)) {
            String name = ARRONDISSEMENT.matcher(part.strip()).replaceAll("");
            if (readName(Departments.key(name), found)) {
                return;
            }
        }
    }

    /** A département, city, region or country name; true when it was one. */
    private boolean readName(String key, Found found) {
        if (key.isEmpty()) {
            return false;
        }
        String[] foreign = FOREIGN_REGIONS.get(key);
        if (foreign != null) {
            found.country = foreign[0];
            found.foreignRegion = foreign[1];
            found.countryNamed = true;
            return true;
        }
        String iso = COUNTRIES.get(key);
        if (iso != null) {
            found.country = iso;
            found.countryNamed = true;
            return true;
        }
        String city = CITIES.get(key);
        Optional<Departments.Department> dep = city != null ? departments.byCode(city)
                : departments.byName(key);
        if (dep.isPresent()) {
            found.department = dep.get();
            return true;
        }
        Optional<String> region = departments.region(key);
        if (region.isPresent()) {
            found.region = region.get();
            return true;
        }
        return false;
    }

    private Optional<Departments.Department> code(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? departments.byCode(m.group(1)) : Optional.empty();
    }

    /** ISO alpha-2 of a code ("fr", "FRA") or a country name; null when unknown. */
    static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = Departments.key(value);
        if (key.length() == 2) {
            String iso = key.toUpperCase(Locale.ROOT);
            return ISO_COUNTRIES.contains(iso) ? iso : null;
        }
        return COUNTRIES.get(key);
    }

    /** What the text said. */
    private static final class Found {
        Departments.Department department;
        String region;
        String country;
        /** Whether {@link #country} is a country or foreign region the text names (not a "City, ST" form). */
        boolean countryNamed;
        String foreignRegion;
    }
}
