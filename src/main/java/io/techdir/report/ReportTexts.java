package io.techdir.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The human-readable texts of the report (notes, labels, values written for people), one file
 * per language: {@code /io/techdir/report/texts_fr.properties} and {@code texts_en.properties}
 * on the classpath (UTF-8, shipped from {@code src/main/resources}). Both files hold the same
 * keys (a test checks). Placeholders are {@code {0}}, {@code {1}}, ... replaced verbatim
 * (apostrophes need no escaping, unlike {@link java.text.MessageFormat}).
 */
public final class ReportTexts {

    private static final Map<Language, ReportTexts> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, String> texts;

    private ReportTexts(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** The texts of a language (loaded once). */
    public static synchronized ReportTexts of(Language language) {
        return LOADED.computeIfAbsent(language, ReportTexts::load);
    }

    private static ReportTexts load(Language language) {
        String resource = resource(language);
        try (InputStream in = ReportTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + resource + " missing from the build");
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> m = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return new ReportTexts(language, m);
        } catch (IOException e) {
            throw new IllegalStateException("classpath:" + resource + ": " + e.getMessage(), e);
        }
    }

    /** The classpath location of a language's texts. */
    public static String resource(Language language) {
        return "/io/techdir/report/texts_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
    }

    /** The language of these texts. */
    public Language language() {
        return language;
    }

    /** Every key. */
    public Set<String> keys() {
        return texts.keySet();
    }

    /**
     * The text of a key with its placeholders {@code {0}}, {@code {1}}... replaced by the
     * arguments' {@code String.valueOf}.
     *
     * @throws IllegalArgumentException naming the key and the file when the key is missing
     */
    public String get(String key, Object... args) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException(resource(language) + ": missing key '" + key
                    + "'; expected it in every language's texts");
        }
        return fill(t, args);
    }

    /** The text of a key, if there is one (for open-ended keys such as a flag's name). */
    public Optional<String> find(String key, Object... args) {
        String t = texts.get(key);
        return t == null ? Optional.empty() : Optional.of(fill(t, args));
    }

    private static String fill(String t, Object... args) {
        String out = t;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }
}
