package io.techdir.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.check.Baseline;
import io.techdir.check.PostingChecker;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceSpec;
import io.techdir.normalize.Deduplicator;
import io.techdir.normalize.PostingNormalizer;
import io.techdir.posting.PostingSchema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The repost key and text scope {@link PostingsStage} computes for each posting
 * ({@link Deduplicator#REPOST_KEY}, {@link Deduplicator#TEXT_SCOPE}) give the deduplication the same
 * duplicates as computing them in its passes, on the shipped samples (all four sources).
 */
class PreparedDedupeKeysTest {

    @Test
    void preparedKeysGiveTheSameDuplicatesAsKeysComputedInThePasses() {
        List<SourceSpec> specs = List.of(SourceSpec.parse("francetravail:data/samples/francetravail"),
                SourceSpec.parse("csv:data/samples/hellowork/hellowork-2026-01-sample.csv"),
                SourceSpec.parse("csv:data/samples/glassdoor/glassdoor-2020-sample.csv"),
                SourceSpec.parse("csv:data/samples/synthetic/technical-director.csv"));
        MarketReportJob.Inputs inputs = MarketReportJob.plan(specs, GatherSettings.defaults());
        Dataset<Row> postings = PostingsStage.run(SharedSpark.get(), inputs.readers(), inputs.tasks(),
                PostingNormalizer.standard(), new PostingChecker(Baseline.standard()))
                .filter(col(PostingsStage.REJECT_CODE).isNull()).cache();
        try {
            assertTrue(postings.filter(col(Deduplicator.REPOST_KEY).isNotNull()).count() > 100, "repost keys made");
            Map<String, String> prepared = outcome(postings);
            Map<String, String> computed = outcome(postings.drop(Deduplicator.REPOST_KEY, Deduplicator.TEXT_SCOPE));
            assertEquals(computed, prepared);
            for (String kind : List.of(Deduplicator.SAME_POSTING, Deduplicator.REPOST, Deduplicator.NEAR_TEXT)) {
                assertTrue(prepared.values().stream().anyMatch(v -> v.startsWith(kind)), "some " + kind);
            }
        } finally {
            postings.unpersist();
        }
    }

    /** Posting id → "KIND→canonical id", or "" for a canonical posting. */
    private static Map<String, String> outcome(Dataset<Row> postings) {
        Dataset<Row> d = Deduplicator.markDuplicates(postings, PostingsStage.ORDER);
        for (String c : List.of(Deduplicator.TEXT_SIGNATURE, Deduplicator.REPOST_KEY, Deduplicator.TEXT_SCOPE)) {
            assertFalse(Arrays.asList(d.columns()).contains(c), c + " dropped");
        }
        Map<String, String> out = new TreeMap<>();
        for (Row r : d.select(PostingSchema.POSTING_ID, PostingSchema.DUPLICATE_KIND, PostingSchema.DUPLICATE_OF)
                .collectAsList()) {
            out.put(r.getString(0), r.isNullAt(1) ? "" : r.getString(1) + "→" + r.getString(2));
        }
        return out;
    }
}
