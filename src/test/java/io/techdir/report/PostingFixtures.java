package io.techdir.report;

import io.techdir.posting.PostingIds;
import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;

/**
 * Posting rows for the writer tests, from {@code src/test/resources/report/postings-excerpt.csv}
 * (six real postings, sources in that folder's README), typed by {@link PostingSchema}.
 */
final class PostingFixtures {

    static final String EXCERPT = "/report/postings-excerpt.csv";

    private PostingFixtures() {
    }

    /** The six real postings of the excerpt, in file order. */
    static List<Row> excerpt() {
        try (InputStream in = PostingFixtures.class.getResourceAsStream(EXCERPT);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                Object[] values = new Object[PostingSchema.columns().size()];
                for (Map.Entry<String, String> e : rec.toMap().entrySet()) {
                    values[PostingSchema.indexOf(e.getKey())] = e.getValue();
                }
                rows.add(row(values));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(EXCERPT, e);
        }
    }

    /** A row from text values by column name (the rest empty), typed like {@link #excerpt()}. */
    static Row row(Map<String, String> values) {
        Object[] v = new Object[PostingSchema.columns().size()];
        values.forEach((k, x) -> v[PostingSchema.indexOf(k)] = x);
        return row(v);
    }

    /** A copy of a row with one column replaced (a typed value). */
    static Row with(Row row, String column, Object value) {
        Object[] v = new Object[row.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = row.get(i);
        }
        v[PostingSchema.indexOf(column)] = value;
        return RowFactory.create(v);
    }

    private static Row row(Object[] text) {
        Object[] v = new Object[text.length];
        List<PostingSchema.Column> columns = PostingSchema.columns();
        for (int i = 0; i < v.length; i++) {
            String s = (String) text[i];
            if (s == null || s.isEmpty()) {
                continue;
            }
            if (DataTypes.DoubleType.equals(columns.get(i).type())) {
                v[i] = Double.valueOf(s);
            } else if (DataTypes.BooleanType.equals(columns.get(i).type())) {
                v[i] = Boolean.valueOf(s);
            } else {
                v[i] = s;
            }
        }
        int source = PostingSchema.indexOf(PostingSchema.SOURCE);
        int record = PostingSchema.indexOf(PostingSchema.RECORD);
        if (v[source] != null && v[record] != null) {
            v[PostingSchema.indexOf(PostingSchema.POSTING_ID)] = PostingIds.id((String) v[source], (String) v[record]);
            v[PostingSchema.indexOf(PostingSchema.POSTING_KEY)] = PostingIds.key((String) v[source],
                    (String) v[PostingSchema.indexOf(PostingSchema.SOURCE_ID)]);
        }
        return RowFactory.create(v);
    }
}
