package io.techdir.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A dated table of reference exchange rates (EUR base) for converting non-EUR salaries
 * (NORMALIZATION.md: "converted with a dated reference-rate table shipped with the project").
 * The file is CSV with a header {@code currency,units_per_eur,date}, {@code #} comment lines, one
 * row per currency, one date for the whole table; rates are as the ECB publishes them (units of
 * the currency per 1 EUR).
 */
public final class CurrencyRates implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCE = "/reference/currency-rates.csv";
    private static final String HEADER = "currency,units_per_eur,date";
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    private final LocalDate rateDate;
    /** EUR per 1 unit of the currency, in file order. */
    private final Map<String, Double> eurPerUnit;

    private CurrencyRates(LocalDate rateDate, Map<String, Double> eurPerUnit) {
        this.rateDate = rateDate;
        this.eurPerUnit = Collections.unmodifiableMap(new LinkedHashMap<>(eurPerUnit));
    }

    /**
     * The rates shipped with techdir (classpath {@code /reference/currency-rates.csv}).
     *
     * @throws IllegalStateException when the resource is missing from the jar
     */
    public static CurrencyRates standard() {
        try (InputStream in = CurrencyRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + RESOURCE + ": not found; expected it in the jar"
                        + " (data/reference/currency-rates.csv)");
            }
            return parse("classpath:" + RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + RESOURCE + ": cannot read", e);
        }
    }

    /**
     * Loads a rates table.
     *
     * @param csv the file
     * @throws IllegalArgumentException naming file:line and the bad value
     * @throws UncheckedIOException when the file cannot be read
     */
    public static CurrencyRates load(Path csv) {
        try {
            return parse(csv.toString(), Files.readString(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot read", e);
        }
    }

    static CurrencyRates parse(String where, String text) {
        String[] lines = text.split("\r?\n", -1);
        boolean headerSeen = false;
        LocalDate date = null;
        Map<String, Double> rates = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = (i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i]).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String at = where + ":" + (i + 1);
            if (!headerSeen) {
                if (!line.equalsIgnoreCase(HEADER)) {
                    throw new IllegalArgumentException(at + ": header '" + line + "'; expected '" + HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 3) {
                throw new IllegalArgumentException(at + ": row '" + line + "'; expected 3 fields (" + HEADER + ")");
            }
            String currency = f[0].strip();
            if (!ISO_4217.matcher(currency).matches() || currency.equals("EUR")) {
                throw new IllegalArgumentException(at + ": currency '" + currency
                        + "'; expected an ISO 4217 code other than EUR");
            }
            if (rates.containsKey(currency)) {
                throw new IllegalArgumentException(at + ": currency '" + currency + "' repeated; expected one row"
                        + " per currency");
            }
            double unitsPerEur = rate(at, f[1].strip());
            LocalDate rowDate = date(at, f[2].strip());
            if (date != null && !date.equals(rowDate)) {
                throw new IllegalArgumentException(at + ": date '" + rowDate + "'; expected " + date
                        + ", one date for the whole table");
            }
            date = rowDate;
            rates.put(currency, 1.0 / unitsPerEur);
        }
        if (date == null) {
            throw new IllegalArgumentException(where + ": no rates; expected a header '" + HEADER
                    + "' and one row per currency");
        }
        return new CurrencyRates(date, rates);
    }

    private static double rate(String at, String raw) {
        try {
            double d = Double.parseDouble(raw);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(at + ": rate '" + raw + "'; expected a positive number of units per EUR");
    }

    private static LocalDate date(String at, String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(at + ": date '" + raw + "'; expected an ISO date such as 2024-09-26",
                    e);
        }
    }

    /** The date of the reference rates. */
    public LocalDate rateDate() {
        return rateDate;
    }

    /**
     * EUR per 1 unit of the currency.
     *
     * @param currency ISO 4217 code, any case
     * @return 1.0 for EUR; empty for a currency the table lacks, or null
     */
    public OptionalDouble eurPer(String currency) {
        if (currency == null) {
            return OptionalDouble.empty();
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (code.equals("EUR")) {
            return OptionalDouble.of(1.0);
        }
        Double r = eurPerUnit.get(code);
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r);
    }

    /**
     * The table, for the methodology sheet: currency to EUR per 1 unit, in file order (EUR itself
     * is not listed).
     */
    public Map<String, Double> rates() {
        return eurPerUnit;
    }

    @Override
    public String toString() {
        return "CurrencyRates[" + rateDate + ", " + eurPerUnit.keySet() + "]";
    }
}
