package io.techdir.normalize;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.udf;

import io.techdir.posting.PostingSchema;
import io.techdir.spark.SliceTally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The near-text step of {@link Deduplicator}: MinHash LSH over the descriptions' signatures
 * ({@link MinHash}), in Spark, without shuffling one row per band and posting.
 *
 * <ol>
 *   <li>A narrow projection of the postings still canonical that have a signature: id, input
 *       order, day of {@code date_posted}, a 64-bit <em>scope</em> (role family and place, see
 *       below: the {@link Deduplicator#TEXT_SCOPE} column when the postings have it, else computed
 *       in each pass) and the signature. Each posting has {@value MinHash#BANDS}
 *       band keys, each mixed with its scope.
 *   <li>Pass 1, no shuffle: each partition counts its keys, up to two, in {@link KeyCounts}
 *       (two bit sets of about eight bits per key); the counts are merged. A key not seen twice
 *       belongs to one posting only. Most keys do, so pass 2 shuffles only the others, plus rare
 *       false hits, which cost a little and change nothing.
 *   <li>Pass 2: the keys seen twice go to their bucket with the posting (order, day,
 *       signature, id); in each bucket, sorted by day (missing last) then input order, each posting is
 *       compared with the {@value MinHash#BUCKET_CAP} earliest before it: estimated Jaccard at
 *       least {@value MinHash#JACCARD_THRESHOLD}, and published within
 *       {@value Deduplicator#REPOST_WINDOW_DAYS} days of it when both dates are known.
 *   <li>The verified pairs (a few per duplicate) are collected and resolved in date order: a
 *       posting with a verified earlier partner that is itself canonical points to the earliest
 *       such partner; otherwise it is canonical. A duplicate therefore always points to a
 *       canonical posting it was compared with, never to another duplicate, and the result
 *       does not depend on partitioning.
 * </ol>
 *
 * <p>The scope puts the guards against boilerplate into the band keys, so that they also cut the
 * work: two postings are compared only when they have
 * <ul>
 *   <li>the same {@code role_family}: a "Comptable" and a "DSI" of one group share its company
 *       paragraph, not a job;
 *   <li>the same place ({@link Deduplicator#place}: the département and commune, as for the
 *       {@link Deduplicator#REPOST} rule): one text published for thirty towns is thirty jobs (a
 *       chain restaurant's or an agency's). A posting whose place is unknown (a French one
 *       without a département) is compared only with postings whose place is unknown;
 *   <li>the same grade words in the title ({@link #GRADES}: senior, junior, lead, principal,
 *       head, chef, adjoint, technicien, ingénieur, stagiaire, alternant, I/II/III…): employers
 *       publish one text for two grades of a job, changing a word or two ("Technicien" /
 *       "Ingénieur Gestion de Configuration", "Data Scientist" / "Senior Data Scientist" on the
 *       real files), and the title says which. Other title differences do not matter: France
 *       Travail retitles partner offers with its own job names ("Administrateur Systèmes (H/F)
 *       - Rennes" becomes "Administrateur / Administratrice réseau informatique").
 * </ul>
 */
final class NearDuplicates {

    private static final String ORDER = "_nd_order";
    private static final String DAY = "_nd_day";
    private static final String KEY = "_nd_key";
    /**
     * Grade words of a title (folded, one token each) and the grade they stand for; feminine and
     * abbreviated forms map to one grade.
     */
    static final Map<String, String> GRADES = grades(
            "senior senior", "sr senior", "junior junior", "jr junior", "lead lead", "principal principal",
            "head head", "chief chief", "chef chef", "adjoint adjoint", "adjointe adjoint", "deputy adjoint",
            "technicien technicien", "technicienne technicien", "ingenieur ingenieur",
            "ingenieure ingenieur", "engineer ingenieur", "assistant assistant", "assistante assistant",
            "stagiaire stage", "stage stage", "intern stage", "internship stage", "alternant alternance",
            "alternante alternance", "alternance alternance", "apprenti alternance", "apprentie alternance",
            "apprentissage alternance", "confirme confirme", "confirmee confirme", "debutant debutant",
            "debutante debutant", "ii ii", "iii iii", "iv iv", "1 i", "2 ii", "3 iii", "4 iv", "5 v");

    /** Day of a posting without a date: after every date. */
    private static final int NO_DAY = Integer.MAX_VALUE;

    private static final StructType BUCKETED = new StructType()
            .add(KEY, DataTypes.LongType, false)
            .add(ORDER, DataTypes.LongType, false)
            .add(DAY, DataTypes.IntegerType, false)
            .add(Deduplicator.TEXT_SIGNATURE, DataTypes.BinaryType, false)
            .add(PostingSchema.POSTING_ID, DataTypes.StringType, false);
    /** A verified pair: the earlier posting (order, day), then the later one, then their ids. */
    private static final StructType PAIR = new StructType()
            .add("a_order", DataTypes.LongType, false)
            .add("a_day", DataTypes.IntegerType, false)
            .add("b_order", DataTypes.LongType, false)
            .add("b_day", DataTypes.IntegerType, false)
            .add("a_id", DataTypes.StringType, false)
            .add("b_id", DataTypes.StringType, false);

    private NearDuplicates() {
    }

    /**
     * The near-text duplicates among {@code postings} that are not in {@code excluded}.
     *
     * @param postings postings with a {@link Deduplicator#TEXT_SIGNATURE} column
     * @param orderColumn the input-order column
     * @param excluded the ids of the duplicates already found (read only)
     * @param rows the number of rows of {@code postings}, or more (sizes the key counts)
     * @return one row per duplicate: its id, the id of its canonical posting
     */
    static List<String[]> find(Dataset<Row> postings, String orderColumn, Set<String> excluded, long rows) {
        SparkSession spark = postings.sparkSession();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        if (rows == 0) {
            return List.of();
        }
        // The ids already found are looked up in a broadcast set, not anti-joined with a local
        // relation: each pass below would run that join's broadcast again.
        Broadcast<Set<String>> found = jsc.broadcast(new HashSet<>(excluded));
        UDF1<String, Boolean> notFound = i -> !found.value().contains(i);
        // Read twice (the two passes), not cached: the rows come from the run's held rows, with
        // their scope (Deduplicator.TEXT_SCOPE) computed when they were made.
        Dataset<Row> narrow = postings.filter(col(Deduplicator.TEXT_SIGNATURE).isNotNull()
                        .and(udf(notFound, DataTypes.BooleanType).apply(col(PostingSchema.POSTING_ID))))
                .select(col(PostingSchema.POSTING_ID), col(orderColumn).as(ORDER),
                        coalesce(datediff(to_date(col(PostingSchema.DATE_POSTED)), lit("1970-01-01")), lit(NO_DAY))
                                .as(DAY),
                        scope(postings), col(Deduplicator.TEXT_SIGNATURE));
        Broadcast<KeyCounts> shared = null;
        try {
            int bits = KeyCounts.bitsFor(rows * MinHash.BANDS);
            // Few slices: each holds two bit sets while it counts.
            KeyCounts counts = SliceTally.of(narrow, rs -> countKeys(rs, bits), KeyCounts::merge,
                    () -> new KeyCounts(bits));
            Broadcast<KeyCounts> twice = jsc.broadcast(counts.twiceOnly());
            shared = twice;
            List<Row> pairs = narrow
                    .flatMap((FlatMapFunction<Row, Row>) r -> sharedKeys(r, twice.value()), Encoders.row(BUCKETED))
                    .groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
                    .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) NearDuplicates::comparePairs,
                            Encoders.row(PAIR))
                    .distinct()
                    .collectAsList();
            Map<Long, String> idOf = new HashMap<>();
            for (Row p : pairs) {
                idOf.put(p.getLong(0), p.getString(4));
                idOf.put(p.getLong(2), p.getString(5));
            }
            List<String[]> out = new ArrayList<>();
            for (Row r : resolve(pairs)) {
                out.add(new String[] {idOf.get(r.getLong(0)), idOf.get(r.getLong(1))});
            }
            out.sort(Comparator.comparing((String[] d) -> d[0]));
            return out;
        } finally {
            if (shared != null) {
                shared.destroy();
            }
            found.destroy();
        }
    }

    /** The band keys of a narrow row (id, order, day, scope, signature). */
    private static long[] keys(Row r) {
        return keys((byte[]) r.get(4), r.getLong(3));
    }

    /** The {@link #scope} column: prepared ({@link Deduplicator#TEXT_SCOPE}) or computed here. */
    private static Column scope(Dataset<Row> postings) {
        if (Arrays.asList(postings.columns()).contains(Deduplicator.TEXT_SCOPE)) {
            return col(Deduplicator.TEXT_SCOPE);
        }
        UDF3<String, String, String, Long> scope = NearDuplicates::scope;
        return udf(scope, DataTypes.LongType).apply(col(PostingSchema.ROLE_FAMILY), Deduplicator.place(),
                col(PostingSchema.TITLE));
    }

    /**
     * 64-bit hash of what two near-identical texts must also share to be one job: role family,
     * place ({@link Deduplicator#place}) and the title's grades.
     */
    static long scope(String roleFamily, String place, String title) {
        String s = (roleFamily == null ? "" : roleFamily) + '\0'
                + (place == null ? "" : Deduplicator.squash(TextHygiene.fold(place))) + '\0' + grades(title);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The grades of a title ({@link #GRADES}), sorted, space-separated; "" for none. */
    static String grades(String title) {
        if (title == null) {
            return "";
        }
        TreeSet<String> found = new TreeSet<>();
        for (String word : Deduplicator.squash(TextHygiene.fold(title)).split(" ")) {
            String grade = GRADES.get(word);
            if (grade != null) {
                found.add(grade);
            }
        }
        return String.join(" ", found);
    }

    private static Map<String, String> grades(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs) {
            String[] wordAndGrade = p.split(" ");
            m.put(wordAndGrade[0], wordAndGrade[1]);
        }
        return Map.copyOf(m);
    }

    /** The band keys of a signature, mixed with its scope. */
    private static long[] keys(byte[] signature, long scope) {
        long[] keys = MinHash.bandKeys(signature);
        for (int i = 0; i < keys.length; i++) {
            long z = keys[i] ^ scope * 0xC2B2AE3D27D4EB4FL;
            z = (z ^ (z >>> 31)) * 0x9E3779B97F4A7C15L;
            keys[i] = z ^ (z >>> 29);
        }
        return keys;
    }

    /** Pass 1 over one partition. */
    private static KeyCounts countKeys(Iterator<Row> rows, int bits) {
        KeyCounts c = new KeyCounts(bits);
        while (rows.hasNext()) {
            for (long key : keys(rows.next())) {
                c.add(key);
            }
        }
        return c;
    }

    /** Pass 2: the rows of a posting's band keys that other postings may share. */
    private static Iterator<Row> sharedKeys(Row r, KeyCounts counts) {
        List<Row> out = new ArrayList<>(2);
        for (long key : keys(r)) {
            if (counts.seenTwice(key)) {
                out.add(RowFactory.create(key, r.getLong(1), r.getInt(2), r.get(4), r.getString(0)));
            }
        }
        return out.iterator();
    }

    private static final Comparator<Row> BY_DAY_AND_ORDER = Comparator.<Row>comparingInt(r -> r.getInt(2))
            .thenComparingLong(r -> r.getLong(1));

    /** The verified pairs of one bucket (rows: key, order, day, signature, id). */
    private static Iterator<Row> comparePairs(Long key, Iterator<Row> rows) {
        List<Row> bucket = new ArrayList<>();
        rows.forEachRemaining(bucket::add);
        if (bucket.size() < 2) {
            return List.<Row>of().iterator();
        }
        bucket.sort(BY_DAY_AND_ORDER);
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < bucket.size(); i++) {
            Row b = bucket.get(i);
            byte[] sb = (byte[]) b.get(3);
            for (int j = 0; j < Math.min(i, MinHash.BUCKET_CAP); j++) {
                Row a = bucket.get(j);
                if (withinWindow(a.getInt(2), b.getInt(2))
                        && MinHash.isNear((byte[]) a.get(3), sb)) {
                    out.add(RowFactory.create(a.getLong(1), a.getInt(2), b.getLong(1), b.getInt(2), a.getString(4),
                            b.getString(4)));
                }
            }
        }
        return out.iterator();
    }

    private static boolean withinWindow(int dayA, int dayB) {
        return dayA == NO_DAY || dayB == NO_DAY || Math.abs((long) dayB - dayA) <= Deduplicator.REPOST_WINDOW_DAYS;
    }

    /**
     * Resolves verified pairs (earlier, later) in date order: each later posting points to its
     * earliest partner that is canonical, or is canonical when none is.
     *
     * @param pairs rows (earlier order, earlier day, later order, later day)
     * @return rows (duplicate order, canonical order), one per duplicate
     */
    static List<Row> resolve(List<Row> pairs) {
        List<Row> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.<Row>comparingInt(r -> r.getInt(3)).thenComparingLong(r -> r.getLong(2))
                .thenComparingInt(r -> r.getInt(1)).thenComparingLong(r -> r.getLong(0)));
        Set<Long> duplicates = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Row p : sorted) {
            long b = p.getLong(2);
            if (!duplicates.contains(b) && !duplicates.contains(p.getLong(0))) {
                duplicates.add(b);
                out.add(RowFactory.create(b, p.getLong(0)));
            }
        }
        return out;
    }
}
