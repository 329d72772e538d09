package io.techdir.gather;

import io.techdir.posting.RawPosting;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The recognised columns of the generic CSV posting format (CSV-INPUT.md, plus {@code source}
 * and the other {@link RawPosting} fields), each with the builder setter it fills.
 */
enum CsvColumn {
    SOURCE("source", null),
    SOURCE_ID("source_id", RawPosting.Builder::sourceId),
    TITLE("title", RawPosting.Builder::title),
    COMPANY("company", RawPosting.Builder::company),
    LOCATION("location", RawPosting.Builder::location),
    POSTAL_CODE("postal_code", RawPosting.Builder::postalCode),
    COUNTRY("country", RawPosting.Builder::country),
    CONTRACT("contract", RawPosting.Builder::contract),
    SALARY_TEXT("salary_text", RawPosting.Builder::salaryText),
    EXPERIENCE_TEXT("experience_text", RawPosting.Builder::experienceText),
    EXPERIENCE_REQUIREMENT("experience_requirement", RawPosting.Builder::experienceRequirement),
    EDUCATION_TEXT("education_text", RawPosting.Builder::educationText),
    DESCRIPTION("description", RawPosting.Builder::description),
    URL("url", RawPosting.Builder::url),
    DATE_POSTED("date_posted", RawPosting.Builder::datePosted),
    NAF_CODE("naf_code", RawPosting.Builder::nafCode),
    SECTOR("sector", RawPosting.Builder::sectorLabel),
    COMPANY_SIZE("company_size", RawPosting.Builder::companySize),
    ROME_CODE("rome_code", RawPosting.Builder::romeCode);

    private static final Map<String, CsvColumn> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(c -> c.columnName, Function.identity()));

    private final String columnName;
    private final BiFunction<RawPosting.Builder, String, RawPosting.Builder> setter;

    CsvColumn(String columnName, BiFunction<RawPosting.Builder, String, RawPosting.Builder> setter) {
        this.columnName = columnName;
        this.setter = setter;
    }

    /** The column's name in a CSV header (lower case). */
    String columnName() {
        return columnName;
    }

    /** Sets this column's field on a builder ({@link #SOURCE} is set apart). */
    void set(RawPosting.Builder builder, String value) {
        if (setter != null) {
            setter.apply(builder, value);
        }
    }

    /** The column a header name means (trimmed, any case), if it is a recognised one. */
    static Optional<CsvColumn> find(String headerName) {
        return Optional.ofNullable(BY_NAME.get(headerName.strip().toLowerCase(Locale.ROOT)));
    }

    /** The column of this exact lower-case name; throws naming the recognised names. */
    static CsvColumn require(String where, String name) {
        CsvColumn column = BY_NAME.get(name);
        if (column == null) {
            throw new BadSourceException(where + ": unknown column '" + name
                    + "'; expected one of " + Arrays.stream(values()).map(c -> c.columnName)
                            .collect(Collectors.joining(", ")));
        }
        return column;
    }
}
