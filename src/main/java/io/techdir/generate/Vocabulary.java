package io.techdir.generate;

import io.techdir.posting.RoleFamily;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The generator's vocabularies, read once from {@code /generate/*.csv} on the classpath:
 * titles, places, sentence templates and invented employer-name parts. Immutable; shared by
 * every generator in the JVM.
 */
final class Vocabulary {

    /** Sectors a title may name (sentence sets exist for each). */
    static final Set<String> SECTORS = Set.of("IT", "INDUSTRY", "CONSTRUCTION", "HOSPITALITY", "CULTURE",
            "SPORT", "RETAIL", "CARE", "SALES", "LOGISTICS", "CLEANING", "OFFICE", "DATA");

    private static final Pattern TAG = Pattern.compile("\\s*\\[[^\\]]*\\]\\s*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, Weighted<TitleEntry>> titles;
    private final Weighted<Place> places;
    private final Weighted<String> usPlaces;
    private final Map<String, Template[]> sentences;
    private final String[] prefixes;
    private final String[] suffixes;
    private final Map<String, Template[]> companyForms;

    private Vocabulary() {
        titles = loadTitles();
        places = loadPlaces();
        usPlaces = loadUsPlaces();
        sentences = loadTemplates("sentences.csv");
        Map<String, Template[]> companies = loadTemplates("companies.csv");
        prefixes = texts(companies.get("prefix"));
        suffixes = texts(companies.get("suffix"));
        companyForms = companies;
    }

    private static final class Holder {
        static final Vocabulary INSTANCE = new Vocabulary();
    }

    /** The vocabularies (loaded on first use). */
    static Vocabulary get() {
        return Holder.INSTANCE;
    }

    /** Titles of one market, group and sector; {@code null} when there are none. */
    Weighted<TitleEntry> titles(String market, String group, String sector) {
        return titles.get(market + "|" + group + "|" + sector);
    }

    /** Titles of one market and group, every sector. */
    Weighted<TitleEntry> titles(String market, String group) {
        Weighted<TitleEntry> w = titles.get(market + "|" + group);
        if (w == null) {
            throw new IllegalStateException("generate/titles.csv: no title for market '" + market
                    + "' and group '" + group + "'; expected at least one");
        }
        return w;
    }

    /** French places, weighted by how often real postings name them. */
    Weighted<Place> places() {
        return places;
    }

    /** US places ("New York, NY"). */
    Weighted<String> usPlaces() {
        return usPlaces;
    }

    /** The sentences of a group ("mission.IT"); throws naming the group when it is missing. */
    Template[] sentences(String group) {
        Template[] t = sentences.get(group);
        if (t == null) {
            throw new IllegalStateException("generate/sentences.csv: no sentence in group '" + group
                    + "'; expected at least one");
        }
        return t;
    }

    /** The sentences of a group, or an empty array. */
    Template[] sentencesOrNone(String group) {
        return sentences.getOrDefault(group, new Template[0]);
    }

    /** Employer-name stem parts. */
    String[] prefixes() {
        return prefixes;
    }

    String[] suffixes() {
        return suffixes;
    }

    /** Employer-name forms of a sector ("form.IT") or of agencies ("agency"). */
    Template[] companyForms(String kind) {
        Template[] t = companyForms.get(kind);
        if (t == null) {
            throw new IllegalStateException("generate/companies.csv: no form of kind '" + kind
                    + "'; expected at least one");
        }
        return t;
    }

    private static Map<String, Weighted<TitleEntry>> loadTitles() {
        Map<String, Weighted.Builder<TitleEntry>> b = new LinkedHashMap<>();
        for (Line line : read("titles.csv")) {
            String[] f = line.fields(6, "market;group;sector;weight;median;title");
            String market = f[0];
            String group = f[1];
            String sector = f[2];
            if (!market.equals("FR") && !market.equals("US")) {
                throw line.error("market", market, "FR or US");
            }
            if (!group.equals(TitleEntry.TRAP) && !isFamily(group)) {
                throw line.error("group", group, "a RoleFamily name or TRAP");
            }
            if (!SECTORS.contains(sector)) {
                throw line.error("sector", sector, "one of " + SECTORS);
            }
            double weight = line.number(f[3], "weight");
            double median = line.number(f[4], "median");
            String title = TAG.matcher(f[5]).replaceAll("");
            TitleEntry e = new TitleEntry(market, group, sector, weight, median, title);
            b.computeIfAbsent(market + "|" + group + "|" + sector, k -> Weighted.builder()).add(e, weight);
            b.computeIfAbsent(market + "|" + group, k -> Weighted.builder()).add(e, weight);
        }
        Map<String, Weighted<TitleEntry>> out = new HashMap<>();
        b.forEach((k, v) -> out.put(k, v.build()));
        return Map.copyOf(out);
    }

    private static boolean isFamily(String group) {
        for (RoleFamily f : RoleFamily.values()) {
            if (f.name().equals(group)) {
                return true;
            }
        }
        return false;
    }

    private static Weighted<Place> loadPlaces() {
        Weighted.Builder<Place> b = Weighted.builder();
        for (Line line : read("places.csv")) {
            String[] f = line.fields(4, "city;department;region;weight");
            b.add(new Place(f[0], f[1], f[2], franceTravailCity(f[0])), line.number(f[3], "weight"));
        }
        return b.build();
    }

    private static Weighted<String> loadUsPlaces() {
        Weighted.Builder<String> b = Weighted.builder();
        for (Line line : read("places-us.csv")) {
            String[] f = line.fields(2, "place;weight");
            b.add(f[0], line.number(f[1], "weight"));
        }
        return b.build();
    }

    /** "Saint-Étienne" as France Travail writes it: "ST ETIENNE" (no accents, upper case). */
    static String franceTravailCity(String city) {
        String s = MARKS.matcher(Normalizer.normalize(city, Normalizer.Form.NFD)).replaceAll("");
        s = s.replace('-', ' ').replace('\'', ' ').toUpperCase(Locale.ROOT);
        if (s.startsWith("SAINT ")) {
            s = "ST " + s.substring(6);
        }
        return s;
    }

    private static Map<String, Template[]> loadTemplates(String file) {
        Map<String, List<Template>> groups = new LinkedHashMap<>();
        for (Line line : read(file)) {
            int semi = line.text.indexOf(';');
            if (semi <= 0 || semi == line.text.length() - 1) {
                throw new IllegalStateException(line.where() + ": row '" + line.text
                        + "'; expected group;text");
            }
            groups.computeIfAbsent(line.text.substring(0, semi), k -> new ArrayList<>())
                    .add(Template.parse(line.text.substring(semi + 1), line.where()));
        }
        Map<String, Template[]> out = new HashMap<>();
        groups.forEach((k, v) -> out.put(k, v.toArray(new Template[0])));
        return Map.copyOf(out);
    }

    private static String[] texts(Template[] templates) {
        String[] out = new String[templates.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = templates[i].toString();
        }
        return out;
    }

    /** One non-comment line of a vocabulary file, with its position for error messages. */
    private record Line(String file, int number, String text) {

        String where() {
            return "generate/" + file + ":" + number;
        }

        String[] fields(int count, String expected) {
            String[] f = text.split(";", -1);
            if (f.length != count) {
                throw new IllegalStateException(where() + ": row '" + text + "' has " + f.length
                        + " fields; expected " + count + ": " + expected);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            return f;
        }

        double number(String value, String what) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where() + ": " + what + " '" + value + "'; expected a number", e);
            }
        }

        IllegalStateException error(String what, String value, String expected) {
            return new IllegalStateException(where() + ": " + what + " '" + value + "'; expected " + expected);
        }
    }

    private static List<Line> read(String file) {
        String path = "/generate/" + file;
        List<Line> lines = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + ": resource missing from the classpath; expected it in the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (!s.isBlank() && !s.startsWith("#")) {
                    lines.add(new Line(file, n, s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read", e);
        }
        return lines;
    }
}
