package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.normalize.DeduplicatorNearTextTest.P;
import io.techdir.posting.PostingSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The {@link Deduplicator#SAME_POSTING} and {@link Deduplicator#REPOST} steps on the shared
 * Spark session, with a signature column (the windows run over the rows whose keys other rows
 * share, see {@link SharedKeys}) and without one (the windows run over every row): both give the
 * same duplicates.
 */
class DeduplicatorTest {

    /** A posting without a description (no signature): the near-text step leaves it alone. */
    static P p(long order, String id, String key, String title, String company, String department, String date) {
        return new P(order, id, key, title, company, "TECHNICAL_DIRECTOR", department, date, null);
    }

    /** The outcome with the signature column (eager, narrowed windows); checks the lazy path agrees. */
    static Map<String, String> outcome(List<P> ps) {
        Dataset<Row> d = DeduplicatorNearTextTest.dataset(ps);
        Map<String, String> narrowed = DeduplicatorNearTextTest.outcome(d);
        assertEquals(narrowed, DeduplicatorNearTextTest.outcome(d.drop(Deduplicator.TEXT_SIGNATURE)),
                "same duplicates with the windows over every row");
        return narrowed;
    }

    @Test
    void sameKeyReadAgainPointsToTheFirstRead() {
        Map<String, String> o = outcome(List.of(
                p(3, "x3", "board:42", "CTO", "Acme", "69", "2026-01-10"),
                p(1, "x1", "board:42", "Directeur technique", "Acme", "69", "2026-01-12"),
                p(2, "x2", "board:42", "CTO", "Beta", "13", null),
                p(4, "y", "board:43", "CTO", "Acme", "13", "2026-01-10")));
        assertEquals(Map.of("x1", "", "x2", "SAME_POSTING→x1", "x3", "SAME_POSTING→x1", "y", ""), o);
    }

    @Test
    void repostsChainWithinSixtyDaysAndTheEarliestIsCanonical() {
        Map<String, String> o = outcome(List.of(
                p(1, "feb", "a:1", "Directeur Technique (H/F)", "ACME SAS", "69", "2026-02-01"),
                p(2, "jan", "b:1", "directeur technique", "Acme SAS", "69", "2026-01-01"),
                // 58 days after feb: same chain
                p(3, "apr", "c:1", "Directeur technique - H/F", "Acme sas", "69", "2026-03-31"),
                // 61 days after apr: a new chain, canonical
                p(4, "jun", "d:1", "Directeur technique", "Acme SAS", "69", "2026-05-31"),
                // no date: joins the latest chain
                p(5, "undated", "e:1", "Directeur technique", "Acme SAS", "69", null),
                // another département, no company, another title: never matched
                p(6, "lille", "f:1", "Directeur technique", "Acme SAS", "59", "2026-01-02"),
                p(7, "anon1", "g:1", "Directeur technique", null, "69", "2026-01-02"),
                p(8, "anon2", "h:1", "Directeur technique", null, "69", "2026-01-03"),
                p(9, "cio", "i:1", "DSI", "Acme SAS", "69", "2026-01-02")));
        assertEquals("", o.get("jan"));
        assertEquals("REPOST→jan", o.get("feb"));
        assertEquals("REPOST→jan", o.get("apr"));
        assertEquals("", o.get("jun"));
        assertEquals("REPOST→jun", o.get("undated"));
        for (String alone : List.of("lille", "anon1", "anon2", "cio")) {
            assertEquals("", o.get(alone), alone);
        }
    }

    @Test
    void aRereadIsNotARepostAndItsFirstReadChains() {
        Map<String, String> o = outcome(List.of(
                p(1, "first", "a:1", "CTO", "Acme", "69", "2026-01-01"),
                p(2, "again", "a:1", "CTO", "Acme", "69", "2026-01-01"),
                p(3, "later", "b:7", "CTO", "Acme", "69", "2026-01-20")));
        assertEquals(Map.of("first", "", "again", "SAME_POSTING→first", "later", "REPOST→first"), o);
    }

    /** A posting at a place given as published, without a description. */
    static P at(long order, String id, String department, String location, String region, String date) {
        return new P(order, id, "board:" + id, "Administrateur systèmes et réseaux (H/F)", "Randstad",
                "OTHER", department, date, null, location, region);
    }

    @Test
    void aRepostIsAtTheSameCommuneAndNeverAtAPlaceAsWideAsFranceOrARegion() {
        // France Travail, 2024: one agency's offers for several towns of a département, and a
        // company's offers placed "France" (CGI: 17 offers in Pau, Le Mans, Lyon ... read as one).
        Map<String, String> o = outcome(List.of(
                at(1, "bron", "69", "69 - BRON", "Auvergne-Rhône-Alpes", "2026-01-01"),
                at(2, "bronAgain", "69", "Bron - 69", "Auvergne-Rhône-Alpes", "2026-01-20"),
                at(3, "villefranche", "69", "69 - VILLEFRANCHE SUR SAONE", "Auvergne-Rhône-Alpes", "2026-01-02"),
                at(4, "stEtienne", "42", "42 - ST ETIENNE", "Auvergne-Rhône-Alpes", "2026-01-03"),
                at(5, "saintEtienne", "42", "Saint-Étienne - 42", "Auvergne-Rhône-Alpes", "2026-01-04"),
                at(6, "sorinieres", "44", "44 - LES SORINIERES", "Pays de la Loire", "2026-01-05"),
                at(7, "sorinieres2", "44", "Sorinières - 44", "Pays de la Loire", "2026-01-06"),
                at(8, "france1", null, "France", null, "2026-01-01"),
                at(9, "france2", null, "France", null, "2026-01-02"),
                at(10, "idf1", null, "Île-de-France", "Île-de-France", "2026-01-01"),
                at(11, "idf2", null, "Île-de-France", "Île-de-France", "2026-01-02"),
                at(12, "limay1", null, "Limay", null, "2026-01-01"),
                at(13, "limay2", null, "Limay", null, "2026-01-02")));
        assertEquals("REPOST→bron", o.get("bronAgain"));
        assertEquals("", o.get("villefranche"), "another town of the département is another job");
        assertEquals("REPOST→stEtienne", o.get("saintEtienne"));
        assertEquals("REPOST→sorinieres", o.get("sorinieres2"));
        assertEquals("", o.get("france2"));
        assertEquals("", o.get("idf2"));
        assertEquals("REPOST→limay1", o.get("limay2"), "a town without a known département is a place");
    }

    @Test
    void aDuplicateOfADuplicatePointsToTheCanonicalPosting() {
        // HelloWork 2026: a row read twice whose first read is a repost of an earlier row.
        Map<String, String> o = outcome(List.of(
                p(1, "first", "hw:1", "Manager des Ventes H/F", "Mr Bricolage", "06", null),
                p(2, "repost", "hw:2", "Manager des Ventes H/F", "Mr Bricolage", "06", null),
                p(3, "reread", "hw:2", "Manager des Ventes H/F", "Mr Bricolage", "06", null)));
        assertEquals(Map.of("first", "", "repost", "REPOST→first", "reread", "SAME_POSTING→first"), o);
    }

    @Test
    void manyPostingsFewGroups() {
        // Enough rows that most keys are counted once: the narrowed windows must still see whole groups.
        List<P> ps = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String company = i % 50 == 0 ? "Acme" : "Société " + i;
            String key = i % 97 == 5 ? "board:5" : "board:" + i;
            ps.add(p(i, "p" + i, key, "Directeur technique", company, "69", "2026-01-" + (10 + i % 15)));
        }
        Map<String, String> o = outcome(ps);
        long reposts = o.values().stream().filter(v -> v.startsWith("REPOST")).count();
        long rereads = o.values().stream().filter(v -> v.startsWith("SAME_POSTING")).count();
        assertEquals(7, reposts, o.toString());
        assertEquals(4, rereads, o.toString());
        assertEquals("REPOST→p0", o.get("p150"));
        assertEquals("SAME_POSTING→p5", o.get("p102"));
    }

    @Test
    void rowsSharingAPostingIdAreNeverMultiplied() {
        // Two input rows with one posting_id (before session 18, the offers of a compact France
        // Travail file: "4 offers in become 10 rows"), each a re-read of another posting.
        Dataset<Row> d = DeduplicatorNearTextTest.dataset(List.of(
                p(1, "c", "ft:1", "CTO", "Acme", "69", null),
                p(2, "x", "ft:1", "CTO", "Acme", "69", null),
                p(3, "d", "ft:2", "DSI", "Beta", "13", null),
                p(4, "x", "ft:2", "DSI", "Beta", "13", null)));
        for (Dataset<Row> in : List.of(d, d.drop(Deduplicator.TEXT_SIGNATURE))) {
            List<Row> out = Deduplicator.markDuplicates(in, DeduplicatorNearTextTest.ORDER)
                    .select(PostingSchema.POSTING_ID, PostingSchema.DUPLICATE_KIND).collectAsList();
            assertEquals(4, out.size(), "one row per input row: " + out);
            assertEquals(2, out.stream().filter(r -> !r.isNullAt(1)).count(), out.toString());
        }
    }

    @Test
    void keyCountsTellKeysSeenTwiceAcrossPartitions() {
        KeyCounts a = new KeyCounts(20);
        KeyCounts b = new KeyCounts(20);
        for (int i = 0; i < 1000; i++) {
            a.add(KeyCounts.mix(i, 1));
            b.add(KeyCounts.mix(i + 500, 1));
        }
        a.add(KeyCounts.mix(-7, 1));
        a.add(KeyCounts.mix(-7, 1));
        a.add(KeyCounts.mix(42, 1));
        b.add(KeyCounts.mix(42, 1));
        KeyCounts twice = a.merge(b).twiceOnly();
        assertTrue(twice.seenTwice(KeyCounts.mix(-7, 1)));
        assertTrue(twice.seenTwice(KeyCounts.mix(42, 1)));
        int shared = 0;
        int falseHits = 0;
        for (int i = 0; i < 1500; i++) {
            boolean seen = twice.seenTwice(KeyCounts.mix(i, 1));
            if (i >= 500 && i < 1000) {
                assertTrue(seen, "key " + i);
                shared++;
            } else if (seen) {
                falseHits++;
            }
        }
        assertEquals(500, shared);
        assertTrue(falseHits < 5, falseHits + " false hits");
        assertFalse(twice.seenTwice(KeyCounts.mix(1, 2)), "another salt, another key");
        assertFalse(twice.seenTwice(KeyCounts.mix(1_000_000, 1)));
    }
}
