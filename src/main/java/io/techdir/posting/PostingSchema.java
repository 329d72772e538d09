package io.techdir.posting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The posting schema: the one place where the normalized columns are named, ordered and typed.
 * Spark datasets, {@code postings.csv} and the Postings sheet all use this order.
 *
 * <p>Lists ({@code salary_flags}, {@code degree_kinds}, ...) are stored as one string, items
 * joined by {@value #LIST_SEPARATOR}, so the CSV and the Spark column are the same text. The
 * columns after {@link #DATE_POSTED} are filled by later stages (deduplication, baseline check)
 * and are null in {@link #toRow(Posting)}.
 */
public final class PostingSchema {

    /** Separator of list items inside one column. */
    public static final String LIST_SEPARATOR = "|";

    public static final String POSTING_ID = "posting_id";
    public static final String POSTING_KEY = "posting_key";
    public static final String SOURCE = "source";
    public static final String SOURCE_ID = "source_id";
    public static final String RECORD = "record";
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String ROLE_FAMILY = "role_family";
    public static final String ROLE_DOMAIN = "role_domain";
    public static final String ROME_CODE = "rome_code";
    public static final String ISCO_CODE = "isco_code";
    public static final String COMPANY = "company";
    public static final String EMPLOYER_KIND = "employer_kind";
    public static final String SECTOR = "sector";
    public static final String NAF_CODE = "naf_code";
    public static final String COMPANY_SIZE_BAND = "company_size_band";
    public static final String LOCATION = "location";
    public static final String DEPARTMENT = "department";
    public static final String REGION = "region";
    public static final String COUNTRY = "country";
    public static final String CONTRACT_TYPE = "contract_type";
    public static final String REMOTE = "remote";
    public static final String SALARY_TEXT = "salary_text";
    public static final String SALARY_DISCLOSED = "salary_disclosed";
    public static final String SALARY_ESTIMATED = "salary_estimated";
    public static final String SALARY_CURRENCY = "salary_currency";
    public static final String SALARY_MIN = "salary_min";
    public static final String SALARY_MAX = "salary_max";
    public static final String SALARY_PERIOD = "salary_period";
    public static final String SALARY_MONTHS = "salary_months";
    public static final String SALARY_BASIS = "salary_basis";
    public static final String SALARY_ANNUAL_MIN_EUR = "salary_annual_min_eur";
    public static final String SALARY_ANNUAL_MAX_EUR = "salary_annual_max_eur";
    public static final String SALARY_FLAGS = "salary_flags";
    public static final String EXPERIENCE_TEXT = "experience_text";
    public static final String EXPERIENCE_MIN_YEARS = "experience_min_years";
    public static final String EXPERIENCE_MAX_YEARS = "experience_max_years";
    public static final String EXPERIENCE_REQUIRED = "experience_required";
    public static final String EXPERIENCE_FLAGS = "experience_flags";
    public static final String DEGREE_LEVEL = "degree_level";
    public static final String DEGREE_KINDS = "degree_kinds";
    public static final String DEGREE_FIELDS = "degree_fields";
    public static final String DEGREE_FLAGS = "degree_flags";
    public static final String SKILLS = "skills";
    public static final String PRIOR_TECHNICAL_DIRECTOR = "prior_technical_director";
    public static final String DATE_POSTED = "date_posted";
    // Filled by later stages:
    public static final String SALARY_STAT_ANNUAL_EUR = "salary_stat_annual_eur";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String DUPLICATE_KIND = "duplicate_kind";
    public static final String BASELINE_SCOPE = "baseline_scope";
    public static final String BASELINE_SALARY = "baseline_salary";
    public static final String BASELINE_EXPERIENCE = "baseline_experience";
    public static final String BASELINE_DEGREE = "baseline_degree";
    public static final String BASELINE_BUSINESS_SCHOOL = "baseline_business_school";

    /** One column: name, Spark type, and how a {@link Posting} fills it (null: a later stage). */
    public record Column(String name, DataType type, Function<Posting, Object> getter) {
    }

    private static final List<Column> COLUMNS;
    private static final Map<String, Integer> INDEX;
    private static final StructType STRUCT;

    static {
        List<Column> c = new ArrayList<>();
        DataType s = DataTypes.StringType;
        DataType d = DataTypes.DoubleType;
        DataType b = DataTypes.BooleanType;
        c.add(new Column(POSTING_ID, s, Posting::postingId));
        c.add(new Column(POSTING_KEY, s, p -> PostingIds.key(p.source(), p.sourceId())));
        c.add(new Column(SOURCE, s, Posting::source));
        c.add(new Column(SOURCE_ID, s, Posting::sourceId));
        c.add(new Column(RECORD, s, Posting::record));
        c.add(new Column(URL, s, Posting::url));
        c.add(new Column(TITLE, s, Posting::title));
        c.add(new Column(ROLE_FAMILY, s, p -> name(p.role().family())));
        c.add(new Column(ROLE_DOMAIN, s, p -> name(p.role().domain())));
        c.add(new Column(ROME_CODE, s, p -> p.role().romeCode()));
        c.add(new Column(ISCO_CODE, s, p -> p.role().iscoCode()));
        c.add(new Column(COMPANY, s, p -> p.employer().name()));
        c.add(new Column(EMPLOYER_KIND, s, p -> name(p.employer().kind())));
        c.add(new Column(SECTOR, s, p -> p.employer().sector()));
        c.add(new Column(NAF_CODE, s, p -> p.employer().nafCode()));
        c.add(new Column(COMPANY_SIZE_BAND, s, p -> p.employer().sizeBand()));
        c.add(new Column(LOCATION, s, Posting::location));
        c.add(new Column(DEPARTMENT, s, p -> p.place().department()));
        c.add(new Column(REGION, s, p -> p.place().region()));
        c.add(new Column(COUNTRY, s, p -> p.place().country()));
        c.add(new Column(CONTRACT_TYPE, s, p -> name(p.contractType())));
        c.add(new Column(REMOTE, s, p -> name(p.remote())));
        c.add(new Column(SALARY_TEXT, s, Posting::salaryText));
        c.add(new Column(SALARY_DISCLOSED, b, p -> p.salary().disclosed()));
        c.add(new Column(SALARY_ESTIMATED, b, p -> p.salary().estimated()));
        c.add(new Column(SALARY_CURRENCY, s, p -> p.salary().currency()));
        c.add(new Column(SALARY_MIN, d, p -> p.salary().min()));
        c.add(new Column(SALARY_MAX, d, p -> p.salary().max()));
        c.add(new Column(SALARY_PERIOD, s, p -> name(p.salary().period())));
        c.add(new Column(SALARY_MONTHS, d, p -> p.salary().months()));
        c.add(new Column(SALARY_BASIS, s, p -> name(p.salary().basis())));
        c.add(new Column(SALARY_ANNUAL_MIN_EUR, d, p -> p.salary().annualMinEur()));
        c.add(new Column(SALARY_ANNUAL_MAX_EUR, d, p -> p.salary().annualMaxEur()));
        c.add(new Column(SALARY_FLAGS, s, p -> join(p.salary().flags())));
        c.add(new Column(EXPERIENCE_TEXT, s, p -> p.experience().text()));
        c.add(new Column(EXPERIENCE_MIN_YEARS, d, p -> p.experience().minYears()));
        c.add(new Column(EXPERIENCE_MAX_YEARS, d, p -> p.experience().maxYears()));
        c.add(new Column(EXPERIENCE_REQUIRED, b, p -> p.experience().required()));
        c.add(new Column(EXPERIENCE_FLAGS, s, p -> join(p.experience().flags())));
        c.add(new Column(DEGREE_LEVEL, s, p -> name(p.degree().level())));
        c.add(new Column(DEGREE_KINDS, s, p -> join(p.degree().kinds())));
        c.add(new Column(DEGREE_FIELDS, s, p -> join(p.degree().fields())));
        c.add(new Column(DEGREE_FLAGS, s, p -> join(p.degree().flags())));
        c.add(new Column(SKILLS, s, p -> join(p.skills())));
        c.add(new Column(PRIOR_TECHNICAL_DIRECTOR, b, Posting::priorTechnicalDirector));
        c.add(new Column(DATE_POSTED, s, Posting::datePosted));
        c.add(new Column(SALARY_STAT_ANNUAL_EUR, d, null));
        c.add(new Column(DUPLICATE_OF, s, null));
        c.add(new Column(DUPLICATE_KIND, s, null));
        c.add(new Column(BASELINE_SCOPE, b, null));
        c.add(new Column(BASELINE_SALARY, s, null));
        c.add(new Column(BASELINE_EXPERIENCE, s, null));
        c.add(new Column(BASELINE_DEGREE, s, null));
        c.add(new Column(BASELINE_BUSINESS_SCHOOL, s, null));
        COLUMNS = Collections.unmodifiableList(c);
        Map<String, Integer> index = new LinkedHashMap<>();
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            index.put(c.get(i).name(), i);
            fields.add(DataTypes.createStructField(c.get(i).name(), c.get(i).type(), true));
        }
        INDEX = Collections.unmodifiableMap(index);
        STRUCT = DataTypes.createStructType(fields);
    }

    private PostingSchema() {
    }

    /** All columns, in output order. */
    public static List<Column> columns() {
        return COLUMNS;
    }

    /** Column names, in output order. */
    public static List<String> names() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** The Spark schema of a normalized posting dataset. */
    public static StructType struct() {
        return STRUCT;
    }

    /** Position of a column; throws naming the column when it does not exist. */
    public static int indexOf(String column) {
        Integer i = INDEX.get(column);
        if (i == null) {
            throw new IllegalArgumentException("unknown posting column '" + column + "'; expected one of " + INDEX.keySet());
        }
        return i;
    }

    /** The Spark row of a posting; later-stage columns are null. */
    public static Row toRow(Posting p) {
        return RowFactory.create(values(p, null));
    }

    /** The Spark row of a checked posting; the duplicate columns are null. */
    public static Row toRow(Posting p, PostingCheck check) {
        return RowFactory.create(values(p, check));
    }

    /**
     * The column values of a posting and its check (check may be null), in column order;
     * the array is sized {@code extra} cells longer, for callers that append columns.
     */
    public static Object[] values(Posting p, PostingCheck check, int extra) {
        Object[] values = new Object[COLUMNS.size() + extra];
        for (int i = 0; i < COLUMNS.size(); i++) {
            Function<Posting, Object> g = COLUMNS.get(i).getter();
            values[i] = g == null ? null : g.apply(p);
        }
        if (check != null) {
            values[INDEX.get(SALARY_STAT_ANNUAL_EUR)] = check.statAnnualEur();
            values[INDEX.get(BASELINE_SCOPE)] = check.inScope();
            values[INDEX.get(BASELINE_SALARY)] = check.salary();
            values[INDEX.get(BASELINE_EXPERIENCE)] = check.experience();
            values[INDEX.get(BASELINE_DEGREE)] = check.degree();
            values[INDEX.get(BASELINE_BUSINESS_SCHOOL)] = check.businessSchool();
        }
        return values;
    }

    private static Object[] values(Posting p, PostingCheck check) {
        return values(p, check, 0);
    }

    /** Joins list items with {@link #LIST_SEPARATOR}; null for an empty list. */
    public static String join(List<?> items) {
        if (items == null || items.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : items) {
            if (sb.length() > 0) {
                sb.append(LIST_SEPARATOR);
            }
            sb.append(o instanceof Enum<?> e ? e.name() : String.valueOf(o));
        }
        return sb.toString();
    }

    /** Splits a list column back into items (empty list for null or blank). */
    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return List.of(joined.split("\\|"));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
