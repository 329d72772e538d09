package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NormalizationConventions}: the documented constants in data/reference/normalization.properties. */
class NormalizationConventionsTest {

    @TempDir
    Path dir;

    @Test
    void shipsTheValuesOfNormalizationMd() {
        NormalizationConventions c = NormalizationConventions.standard();
        assertEquals(new NormalizationConventions(1820, 218, 52, 12, 0.75, 200, 1500, 10000, 25000, 3000, 10000,
                1000000, 5), c);
    }

    @Test
    void describesItselfInOrderWithUnits() {
        Map<String, String> d = NormalizationConventions.standard().describe();
        assertEquals(13, d.size());
        assertEquals(List.of("1820 h/year", "218 days/year", "52 weeks/year", "12 months/year", "0.75 net/gross",
                "200 EUR", "1500 EUR", "10000 EUR", "25000 EUR", "3000 EUR", "10000 EUR/year", "1000000 EUR/year",
                "5 x"),
                List.copyOf(d.values()));
        assertEquals("Hours per year (HOUR x)", d.keySet().iterator().next());
    }

    @Test
    void loadsAFileInAnyOrder() throws IOException {
        List<String> lines = new ArrayList<>(standardLines());
        Collections.reverse(lines);
        lines.set(0, "salary.plausible.max_over_min = 4");
        NormalizationConventions c = NormalizationConventions.load(write(String.join("\n", lines)));
        assertEquals(4.0, c.plausibleMaxOverMin());
        assertEquals(1820.0, c.hoursPerYear());
    }

    /** Every bad line is reported with file:line, the key or value and what was expected. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            salary.hours_per_year: 1820       | 1 | line 'salary.hours_per_year: 1820'; expected key = value
            salary.hours_per_year = 35h x 52  | 1 | value '35h x 52' for salary.hours_per_year; expected a number
            """)
    void rejectsBadLines(String firstLine, int line, String message) throws IOException {
        List<String> lines = new ArrayList<>(standardLines());
        lines.set(0, firstLine);
        Path file = write(String.join("\n", lines));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationConventions.load(file));
        assertEquals(file + ":" + line + ": " + message, e.getMessage());
    }

    @Test
    void rejectsAnUnknownKey() throws IOException {
        List<String> lines = new ArrayList<>(standardLines());
        lines.set(0, "salary.hour_per_year = 1820");
        Path file = write(String.join("\n", lines));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationConventions.load(file));
        assertEquals(file + ":1: unknown key 'salary.hour_per_year'; expected one of [salary.hours_per_year,"
                + " salary.days_per_year, salary.weeks_per_year, salary.default_months, salary.net_to_gross,"
                + " salary.infer.hour_max, salary.infer.day_max, salary.infer.month_max, salary.correct.month_above,"
                + " salary.correct.year_below, salary.plausible.annual_min, salary.plausible.annual_max,"
                + " salary.plausible.max_over_min]", e.getMessage());
    }

    @Test
    void rejectsADuplicateKey() throws IOException {
        List<String> lines = new ArrayList<>(standardLines());
        lines.add("# again");
        lines.add("salary.weeks_per_year = 52");
        Path file = write(String.join("\n", lines));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationConventions.load(file));
        assertEquals(file + ":15: duplicate key 'salary.weeks_per_year'; expected each key once", e.getMessage());
    }

    @Test
    void rejectsMissingKeys() throws IOException {
        Path file = write(String.join("\n", standardLines().subList(0, 11)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationConventions.load(file));
        assertEquals(file + ": missing keys [salary.plausible.annual_max, salary.plausible.max_over_min]; expected"
                + " every key of data/reference/normalization.properties", e.getMessage());
    }

    @Test
    void rejectsThresholdsOutOfOrder() throws IOException {
        List<String> lines = new ArrayList<>(standardLines());
        lines.set(5, "salary.infer.hour_max = 1500");
        Path file = write(String.join("\n", lines));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationConventions.load(file));
        assertEquals(file + ": salary.infer.hour_max: value '1500'; expected less than salary.infer.day_max '1500'",
                e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            0    | 0.75 | salary.hours_per_year: value '0'; expected a positive number
            1820 | 1.5  | salary.net_to_gross: value '1.5'; expected a ratio of at most 1
            """)
    void checksItsInvariants(double hours, double netToGross, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NormalizationConventions(hours, 218, 52, 12, netToGross, 200, 1500, 10000, 25000, 3000,
                        10000, 1000000, 5));
        assertEquals(message, e.getMessage());
    }

    /** The shipped keys with their values, one per line, in the record's order. */
    private static List<String> standardLines() {
        NormalizationConventions c = NormalizationConventions.standard();
        double[] v = {c.hoursPerYear(), c.daysPerYear(), c.weeksPerYear(), c.defaultMonths(), c.netToGross(),
            c.hourMax(), c.dayMax(), c.monthMax(), c.monthCorrectAbove(), c.yearCorrectBelow(), c.plausibleAnnualMin(),
            c.plausibleAnnualMax(), c.plausibleMaxOverMin()};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            lines.add(NormalizationConventions.KEYS.get(i) + " = " + NormalizationConventions.format(v[i]));
        }
        return lines;
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("normalization.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
