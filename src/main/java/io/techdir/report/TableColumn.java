package io.techdir.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a {@link Table}.
 *
 * @param name stable CSV header, snake_case ({@code [a-z][a-z0-9_]*})
 * @param labelFr header label in French workbooks
 * @param labelEn header label in English workbooks
 * @param format how the workbook shows the values
 */
public record TableColumn(String name, String labelFr, String labelEn, ValueFormat format) {

    static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    public TableColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        if (!SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("column name '" + name + "'; expected snake_case [a-z][a-z0-9_]*");
        }
        if (labelFr == null || labelFr.isBlank()) {
            throw new IllegalArgumentException("column '" + name + "': labelFr '" + labelFr + "'; expected a label");
        }
        if (labelEn == null || labelEn.isBlank()) {
            throw new IllegalArgumentException("column '" + name + "': labelEn '" + labelEn + "'; expected a label");
        }
    }

    /** The header label in a language. */
    public String label(Language language) {
        return language == Language.FR ? labelFr : labelEn;
    }
}
