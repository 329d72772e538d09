package io.techdir.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.SharedSpark;
import io.techdir.posting.PostingSchema;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Months of publication, and the postings without a date counted apart rather than dropped unsaid. */
class TrendsTest {

    @Test
    void postingsWithoutADateAreCountedApartPerOrigin() {
        StructType schema = new StructType()
                .add(PostingSchema.SOURCE, DataTypes.StringType)
                .add(PostingSchema.DATE_POSTED, DataTypes.StringType)
                .add(PostingSchema.SALARY_STAT_ANNUAL_EUR, DataTypes.DoubleType);
        // As the default run's warehouse: France Travail offers dated, the HelloWork and
        // Glassdoor samples without a date (246 of the 490 real unique postings).
        List<Row> rows = List.of(
                RowFactory.create("francetravail", "2024-11-05", 30_000.0),
                RowFactory.create("francetravail", "2024-11-20", null),
                RowFactory.create("hellowork", null, 40_000.0),
                RowFactory.create("glassdoor", null, null),
                RowFactory.create("synthetic", "2025-01-03", 80_000.0));
        Dataset<Row> postings = SharedSpark.get().createDataFrame(rows, schema);
        Trends.Series s = Trends.of(postings);
        assertEquals(List.of(new Trends.Month("REAL", "2024-11", 2, 1, 30_000.0),
                new Trends.Month("SYNTHETIC", "2025-01", 1, 1, 80_000.0)), s.months());
        assertEquals(Map.of("REAL", 2L), s.undated());
    }
}
