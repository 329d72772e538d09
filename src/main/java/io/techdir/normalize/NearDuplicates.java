package io.techdir.normalize;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import io.techdir.posting.PostingSchema;
import java.io.Serializable;
import java.util.ArrayList;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The near-text step of {@link Deduplicator}: MinHash LSH over the descriptions' signatures
 * ({@link MinHash}), in Spark, without shuffling one row per band and posting.
 *
 * <ol>
 *   <li>A narrow projection of the postings still canonical that have a signature: id, input
 *       order, day of {@code date_posted}, a 64-bit <em>scope</em> (role family and place, see
 *       below) and the signature. Each posting has {@value MinHash#BANDS} band keys, each mixed
 *       with its scope.
 *   <li>Pass 1, no shuffle: each partition counts its keys, up to two, in two bit sets of about
 *       eight bits per key, at most 2<sup>{@value #MAX_KEY_BITS}</sup> ("seen", "seen twice"),
 *       each key at two bits; the bit sets are merged. A key with either bit not seen twice
 *       belongs to one posting only. Most keys do, so pass 2 shuffles only the others, plus rare
 *       false hits (a key's two bits both set twice by other keys: under 0.1 % of the keys),
 *       which cost a little and change nothing.
 *   <li>Pass 2: the keys seen twice go to their bucket with the posting (order, day,
 *       signature); in each bucket, sorted by day (missing last) then input order, each posting is
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
 *   <li>the same place, that is the same département or, without one, the same location text
 *       once folded (the place the {@link Deduplicator#REPOST} rule uses): one text published
 *       for thirty départements is thirty jobs. A posting whose place is unknown is compared
 *       only with postings whose place is unknown;
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

    /**
     * Bit sets of pass 1 have at most 2^MAX_KEY_BITS bits (16 MiB each): about eight bits per
     * band key, fewer above 16 million keys.
     */
    static final int MAX_KEY_BITS = 27;
    private static final int MIN_KEY_BITS = 16;

    private static final String ORDER = "_nd_order";
    private static final String DAY = "_nd_day";
    private static final String SCOPE = "_nd_scope";
    private static final String KEY = "_nd_key";
    private static final String WANTED = "_nd_wanted";
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

    private static final StructType NARROW = new StructType()
            .add(PostingSchema.POSTING_ID, DataTypes.StringType, false)
            .add(ORDER, DataTypes.LongType, false)
            .add(DAY, DataTypes.IntegerType, false)
            .add(SCOPE, DataTypes.LongType, false)
            .add(Deduplicator.TEXT_SIGNATURE, DataTypes.BinaryType, false);
    private static final StructType BUCKETED = new StructType()
            .add(KEY, DataTypes.LongType, false)
            .add(ORDER, DataTypes.LongType, false)
            .add(DAY, DataTypes.IntegerType, false)
            .add(Deduplicator.TEXT_SIGNATURE, DataTypes.BinaryType, false);
    /** A verified pair: the earlier posting (order, day), then the later one. */
    private static final StructType PAIR = new StructType()
            .add("a_order", DataTypes.LongType, false)
            .add("a_day", DataTypes.IntegerType, false)
            .add("b_order", DataTypes.LongType, false)
            .add("b_day", DataTypes.IntegerType, false);

    private NearDuplicates() {
    }

    /**
     * The near-text duplicates among {@code postings} that are not in {@code excluded}.
     *
     * @param postings postings with a {@link Deduplicator#TEXT_SIGNATURE} column
     * @param orderColumn the input-order column
     * @param excluded the duplicates already found, with their id in column {@code excludedId}
     * @return one row per duplicate: its id, the id of its canonical posting
     */
    static List<String[]> find(Dataset<Row> postings, String orderColumn, Dataset<Row> excluded, String excludedId) {
        SparkSession spark = postings.sparkSession();
        Dataset<Row> narrow = postings.filter(col(Deduplicator.TEXT_SIGNATURE).isNotNull())
                .join(broadcast(excluded.select(col(excludedId))),
                        col(PostingSchema.POSTING_ID).equalTo(col(excludedId)), "left_anti")
                .select(col(PostingSchema.POSTING_ID), col(orderColumn).as(ORDER),
                        coalesce(datediff(to_date(col(PostingSchema.DATE_POSTED)), lit("1970-01-01")), lit(NO_DAY))
                                .as(DAY),
                        col(PostingSchema.ROLE_FAMILY), col(PostingSchema.DEPARTMENT), col(PostingSchema.LOCATION),
                        col(PostingSchema.TITLE), col(Deduplicator.TEXT_SIGNATURE))
                .map((MapFunction<Row, Row>) NearDuplicates::scoped, Encoders.row(NARROW));
        int partitions = narrow.rdd().getNumPartitions();
        if (partitions == 0) {
            return List.of();
        }
        // Read four times (count, two passes, then the ids): computed once, dropped at the end.
        narrow = narrow.persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<KeyCounts> shared = null;
        try {
            long keys = narrow.count() * MinHash.BANDS;
            int bits = (int) Math.max(MIN_KEY_BITS, Math.min(MAX_KEY_BITS, 67 - Long.numberOfLeadingZeros(keys)));
            // Few slices: each holds two bit sets while it counts. An RDD, because the bit sets
            // are plain Java objects, reduced as they are.
            KeyCounts counts = narrow.coalesce(Math.min(partitions, spark.sparkContext().defaultParallelism()))
                    .javaRDD().mapPartitions(rows -> countKeys(rows, bits)).reduce(KeyCounts::merge);
            Broadcast<KeyCounts> twice = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .broadcast(counts.twiceOnly());
            shared = twice;
            List<Row> pairs = narrow
                    .flatMap((FlatMapFunction<Row, Row>) r -> sharedKeys(r, twice.value()), Encoders.row(BUCKETED))
                    .groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
                    .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) NearDuplicates::comparePairs,
                            Encoders.row(PAIR))
                    .distinct()
                    .collectAsList();
            List<Row> resolved = resolve(pairs);
            if (resolved.isEmpty()) {
                return List.of();
            }
            // From input orders back to ids: one scan of the narrow projection.
            List<Long> orders = new ArrayList<>();
            for (Row r : resolved) {
                orders.add(r.getLong(0));
                orders.add(r.getLong(1));
            }
            Dataset<Row> wanted = spark.createDataset(orders, Encoders.LONG()).toDF(WANTED).distinct();
            Map<Long, String> idOf = new HashMap<>();
            for (Row r : narrow.join(broadcast(wanted), col(ORDER).equalTo(col(WANTED)))
                    .select(col(ORDER), col(PostingSchema.POSTING_ID)).collectAsList()) {
                idOf.put(r.getLong(0), r.getString(1));
            }
            List<String[]> out = new ArrayList<>();
            for (Row r : resolved) {
                out.add(new String[] {idOf.get(r.getLong(0)), idOf.get(r.getLong(1))});
            }
            out.sort(Comparator.comparing((String[] d) -> d[0]));
            return out;
        } finally {
            if (shared != null) {
                shared.destroy();
            }
            narrow.unpersist();
        }
    }

    /** The narrow row: id, order, day, scope (role family, place, grades), signature. */
    private static Row scoped(Row r) {
        String place = r.isNullAt(4) ? r.getString(5) : r.getString(4);
        return RowFactory.create(r.getString(0), r.getLong(1), r.getInt(2),
                scope(r.getString(3), place, r.getString(6)), r.get(7));
    }

    /**
     * 64-bit hash of what two near-identical texts must also share to be one job: role family,
     * place (département or location text, folded) and the title's grades.
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

    /** The band keys of a narrow row, mixed with its scope. */
    private static long[] keys(Row r) {
        long[] keys = MinHash.bandKeys((byte[]) r.get(4));
        long scope = r.getLong(3);
        for (int i = 0; i < keys.length; i++) {
            long z = keys[i] ^ scope * 0xC2B2AE3D27D4EB4FL;
            z = (z ^ (z >>> 31)) * 0x9E3779B97F4A7C15L;
            keys[i] = z ^ (z >>> 29);
        }
        return keys;
    }

    /** Pass 1 over one partition. */
    private static Iterator<KeyCounts> countKeys(Iterator<Row> rows, int bits) {
        KeyCounts c = new KeyCounts(bits);
        while (rows.hasNext()) {
            for (long key : keys(rows.next())) {
                c.add(key);
            }
        }
        return List.of(c).iterator();
    }

    /** Pass 2: the rows of a posting's band keys that other postings may share. */
    private static Iterator<Row> sharedKeys(Row r, KeyCounts counts) {
        List<Row> out = new ArrayList<>(2);
        for (long key : keys(r)) {
            if (counts.seenTwice(key)) {
                out.add(RowFactory.create(key, r.getLong(1), r.getInt(2), r.get(4)));
            }
        }
        return out.iterator();
    }

    private static final Comparator<Row> BY_DAY_AND_ORDER = Comparator.<Row>comparingInt(r -> r.getInt(2))
            .thenComparingLong(r -> r.getLong(1));

    /** The verified pairs of one bucket (rows: key, order, day, signature). */
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
                    out.add(RowFactory.create(a.getLong(1), a.getInt(2), b.getLong(1), b.getInt(2)));
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

    /** The two bit sets of pass 1; merged across partitions. */
    static final class KeyCounts implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int bits;
        private final long[] once;
        private final long[] twice;

        KeyCounts(int bits) {
            this(bits, new long[1 << (bits - 6)], new long[1 << (bits - 6)]);
        }

        private KeyCounts(int bits, long[] once, long[] twice) {
            this.bits = bits;
            this.once = once;
            this.twice = twice;
        }

        /** Counts a key at its two bits: the top and the bottom {@code bits} bits of the key. */
        void add(long key) {
            mark((int) (key >>> (64 - bits)));
            mark((int) key & ((1 << bits) - 1));
        }

        /** The "seen twice" bit set alone (what pass 2 needs). */
        KeyCounts twiceOnly() {
            return new KeyCounts(bits, new long[0], twice);
        }

        private void mark(int bit) {
            long mask = 1L << bit;
            int word = bit >>> 6;
            twice[word] |= once[word] & mask;
            once[word] |= mask;
        }

        /** Whether both bits of a key were seen twice. */
        boolean seenTwice(long key) {
            int hi = (int) (key >>> (64 - bits));
            int lo = (int) key & ((1 << bits) - 1);
            return (twice[hi >>> 6] & (1L << hi)) != 0 && (twice[lo >>> 6] & (1L << lo)) != 0;
        }

        KeyCounts merge(KeyCounts other) {
            for (int i = 0; i < once.length; i++) {
                twice[i] |= other.twice[i] | (once[i] & other.once[i]);
                once[i] |= other.once[i];
            }
            return this;
        }
    }
}
