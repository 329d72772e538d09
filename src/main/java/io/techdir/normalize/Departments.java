package io.techdir.normalize;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 101 French départements and 18 current regions ({@code departements.csv}), with the
 * lookups the location parser needs: by code, by postal code, by name, and region names
 * (current, plus the pre-2016 regions and common short forms mapped to the current one).
 */
final class Departments implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FILE = "departements.csv";
    /** A French postal code. */
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    /** A département: code ("75", "2A", "971"), name and current region. */
    record Department(String code, String name, String region) implements Serializable {
    }

    /** Pre-2016 regions and short forms, folded, to the current region name. */
    private static final Map<String, String> REGION_ALIASES = Map.ofEntries(
            Map.entry("idf", "Île-de-France"), Map.entry("region parisienne", "Île-de-France"),
            Map.entry("paca", "Provence-Alpes-Côte d'Azur"),
            Map.entry("provence alpes cote d azur", "Provence-Alpes-Côte d'Azur"),
            Map.entry("alsace", "Grand Est"), Map.entry("lorraine", "Grand Est"),
            Map.entry("champagne ardenne", "Grand Est"),
            Map.entry("aquitaine", "Nouvelle-Aquitaine"), Map.entry("limousin", "Nouvelle-Aquitaine"),
            Map.entry("poitou charentes", "Nouvelle-Aquitaine"),
            Map.entry("auvergne", "Auvergne-Rhône-Alpes"), Map.entry("rhone alpes", "Auvergne-Rhône-Alpes"),
            Map.entry("bourgogne", "Bourgogne-Franche-Comté"),
            Map.entry("franche comte", "Bourgogne-Franche-Comté"),
            Map.entry("languedoc roussillon", "Occitanie"), Map.entry("midi pyrenees", "Occitanie"),
            Map.entry("nord pas de calais", "Hauts-de-France"), Map.entry("picardie", "Hauts-de-France"),
            Map.entry("haute normandie", "Normandie"), Map.entry("basse normandie", "Normandie"),
            Map.entry("centre", "Centre-Val de Loire"), Map.entry("reunion", "La Réunion"),
            Map.entry("ile de la reunion", "La Réunion"));

    private final HashMap<String, Department> byCode = new HashMap<>();
    private final HashMap<String, Department> byName = new HashMap<>();
    private final HashMap<String, String> regions = new HashMap<>();

    private Departments() {
    }

    /** Loads {@code /reference/departements.csv}. */
    static Departments standard() {
        return of(RoleTables.classpath(FILE, "code", "name", "region"));
    }

    /** Builds the table from rows; throws with {@code file:line} on a bad row. */
    static Departments of(List<RoleTables.Row> rows) {
        Departments d = new Departments();
        for (RoleTables.Row row : rows) {
            String code = row.require("code");
            if (!code.matches("0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5]|97[12346]")) {
                throw row.error("code", code, "a département code like 01, 2A or 971");
            }
            Department dep = new Department(code, row.require("name"), row.require("region"));
            if (d.byCode.put(code, dep) != null) {
                throw row.error("code", code, "each code once");
            }
            d.byName.put(key(dep.name()), dep);
            d.regions.put(key(dep.region()), dep.region());
        }
        REGION_ALIASES.forEach((alias, region) -> d.regions.putIfAbsent(alias, region));
        return d;
    }

    /** The département of a code ("75", "2a", "974"). */
    Optional<Department> byCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The département of a 5-digit French postal code: the first two digits, three for
     * overseas (971-976), 20xxx split between 2A (up to 20199) and 2B.
     */
    Optional<Department> byPostalCode(String postalCode) {
        if (postalCode == null) {
            return Optional.empty();
        }
        String pc = postalCode.strip();
        if (!FIVE_DIGITS.matcher(pc).matches()) {
            return Optional.empty();
        }
        if (pc.startsWith("97")) {
            return byCode(pc.substring(0, 3));
        }
        if (pc.startsWith("20")) {
            return byCode(Integer.parseInt(pc) < 20200 ? "2A" : "2B");
        }
        return byCode(pc.substring(0, 2));
    }

    /** The département named so ("Hauts-de-Seine", "hauts de seine", "Réunion"). */
    Optional<Department> byName(String name) {
        String k = key(name);
        Department dep = byName.get(k);
        if (dep == null && k.startsWith("la ")) {
            dep = byName.get(k.substring(3));
        }
        if (dep == null) {
            dep = byName.get("la " + k);
        }
        return Optional.ofNullable(dep);
    }

    /** The current region a region name (or an old or short one) stands for. */
    Optional<String> region(String name) {
        return Optional.ofNullable(regions.get(key(name)));
    }

    /** Number of départements, for tests. */
    int size() {
        return byCode.size();
    }

    /** Region names, for tests. */
    long regionCount() {
        return byCode.values().stream().map(Department::region).distinct().count();
    }

    /** Folded words joined by single spaces: the lookup key of a name. */
    static String key(String name) {
        return String.join(" ", RoleText.words(RoleText.fold(name)));
    }
}
