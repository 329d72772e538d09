package io.techdir.normalize;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.techdir.posting.PostingSchema;
import io.techdir.spark.HeldRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Marks duplicates in Spark; every duplicate keeps its row and points to its canonical posting in
 * {@code duplicate_of}, with its kind in {@code duplicate_kind}:
 * <ol>
 *   <li>{@value #SAME_POSTING}: the same posting key ({@code source:source_id}) read again; the
 *       first read (input order) is canonical;
 *   <li>{@value #REPOST}: among the remaining postings, the same job published again or on
 *       another source: same folded title, same folded company, same place ({@link #place}:
 *       the département and the commune its location text names, once codes and arrondissements
 *       are dropped; without a département, the location text), published within
 *       {@value #REPOST_WINDOW_DAYS} days of the previous posting of that chain (postings
 *       without a date join the latest chain); the earliest {@code date_posted} (then input
 *       order) of a chain is canonical. Postings without a company, and postings placed no
 *       closer than a country or a French region ("France", "Île-de-France"), are never matched
 *       this way: an agency's offers for several towns, or a company's for the whole country,
 *       are several jobs.
 *   <li>{@value #NEAR_TEXT}: among the postings still canonical, the same text under another
 *       title, company name or source: descriptions of at least {@value MinHash#MIN_WORDS} words
 *       whose {@value MinHash#SHINGLE_WORDS}-word shingle sets have an estimated Jaccard
 *       similarity of at least {@value MinHash#JACCARD_THRESHOLD} (MinHash LSH,
 *       {@value MinHash#HASHES} hashes, {@value MinHash#BANDS} bands of
 *       {@value MinHash#ROWS_PER_BAND}), with the same {@code role_family}, the same grade words
 *       in the title (senior, junior, adjoint, technicien, ingénieur…) and the same place (as
 *       for a repost; postings without one are compared with one another), published within
 *       {@value #REPOST_WINDOW_DAYS} days of each other when both dates are known. Each points to the earliest ({@code
 *       date_posted}, then input order) canonical posting it matched, never to a duplicate.
 *       This step runs only when the input has a {@value #TEXT_SIGNATURE} column
 *       ({@link MinHash#signature} of the description, computed where the description is read);
 *       see {@link NearDuplicates} for the algorithm and {@link MinHash} for the parameters.
 * </ol>
 * A duplicate of a posting that a later step found to be a duplicate itself points to that
 * one's canonical posting: {@code duplicate_of} is always a canonical posting, never another
 * duplicate. Statistics count canonical postings only ({@code duplicate_of} null).
 */
public final class Deduplicator {

    public static final String SAME_POSTING = "SAME_POSTING";
    public static final String REPOST = "REPOST";
    public static final String NEAR_TEXT = "NEAR_TEXT";

    /**
     * Optional input column: the {@link MinHash#signature} of the posting's description (binary,
     * null for a short or missing text). It is dropped from the output.
     */
    public static final String TEXT_SIGNATURE = "_text_signature";

    /**
     * Optional input column: the posting's {@link #repostKey} (string), computed where the posting
     * is made so that the passes below do not fold its title, company and place again. Without
     * it, each pass computes the key. It is dropped from the output.
     */
    public static final String REPOST_KEY = "_repost_key";

    /**
     * Optional input column: the posting's {@link #textScope} (long), for the same reason as
     * {@value #REPOST_KEY}. It is dropped from the output.
     */
    public static final String TEXT_SCOPE = "_text_scope";

    /** Longest gap, in days, between two publications of the same job for the second to be a repost. */
    public static final int REPOST_WINDOW_DAYS = 60;

    private static final String CANON = "_canonical";
    private static final String DUP_ID = "_dup_id";
    private static final String DUP_OF = "_dup_of";
    private static final String DUP_KIND = "_dup_kind";
    private static final String CHAIN = "_chain";
    private static final String NEW_CHAIN = "_new_chain";
    /** A duplicate's canonical posting, and that one's own, when it is a duplicate too ({@link #toCanonical}). */
    private static final String NEXT_ID = "_next_id";
    private static final String NEXT_OF = "_next_of";
    private static final List<String> PREPARED = List.of(TEXT_SIGNATURE, REPOST_KEY, TEXT_SCOPE);

    private Deduplicator() {
    }

    /**
     * Sets {@code duplicate_of} and {@code duplicate_kind}. With a {@value #TEXT_SIGNATURE}
     * column, the near-text step runs here, eagerly (Spark jobs over a narrow projection; the
     * duplicates found are collected, so that they are computed once); without one,
     * the result is lazy as any transformation.
     *
     * @param postings normalized postings with an input-order column
     * @param orderColumn the input-order column (ties broken by it)
     * @return the postings with {@code duplicate_of} and {@code duplicate_kind} set, without the
     *     {@value #TEXT_SIGNATURE}, {@value #REPOST_KEY} and {@value #TEXT_SCOPE} columns
     */
    public static Dataset<Row> markDuplicates(Dataset<Row> postings, String orderColumn) {
        return markDuplicates(postings, orderColumn, -1);
    }

    /**
     * {@link #markDuplicates(Dataset, String)} of postings whose number is known (counted with
     * other figures in one pass, say): the near-text step does not count them again.
     *
     * @param rows the number of rows of {@code postings}, or -1 to count them here
     */
    public static Dataset<Row> markDuplicates(Dataset<Row> postings, String orderColumn, long rows) {
        String id = PostingSchema.POSTING_ID;
        // The windows sort a narrow projection (id, keys, date, order), not the 50-column rows;
        // only the duplicates found (a few percent) are brought back to the rows, without a
        // shuffle of the full rows.
        UDF3<String, String, String, String> keyOf = Deduplicator::repostKey;
        Column repostKey = Arrays.asList(postings.columns()).contains(REPOST_KEY) ? col(REPOST_KEY)
                : udf(keyOf, DataTypes.StringType).apply(col(PostingSchema.TITLE), col(PostingSchema.COMPANY), place());
        Dataset<Row> keys = postings.select(col(id), col(PostingSchema.POSTING_KEY), col(orderColumn),
                col(PostingSchema.DATE_POSTED), repostKey.as(REPOST_KEY));
        if (!Arrays.asList(postings.columns()).contains(TEXT_SIGNATURE)) {
            Dataset<Row> duplicates = toCanonical(onePerId(exactAndReposts(keys, orderColumn)));
            Dataset<Row> joined = postings.join(broadcast(duplicates), col(id).equalTo(col(DUP_ID)), "left_outer");
            return withDuplicateColumns(postings, joined, col(DUP_OF), col(DUP_KIND));
        }
        // Computed once, here, and collected: the duplicates are a few percent of the rows, and
        // later plans neither recompute the windows nor depend on a checkpointed RDD. The windows
        // sort only the rows whose posting key or repost key another row shares (SharedKeys).
        long n = rows >= 0 ? rows : postings.count();
        Map<String, String[]> found = new HashMap<>();
        for (Row d : SharedKeys.collect(keys, n, k -> exactAndReposts(k, orderColumn))) {
            found.put(d.getString(0), new String[] {d.getString(1), d.getString(2)});
        }
        for (String[] d : NearDuplicates.find(postings, orderColumn, found.keySet(), n)) {
            found.put(d[0], new String[] {d[1], NEAR_TEXT});
        }
        toCanonical(found);
        // Brought to the rows by a broadcast join with the duplicates held by the executors, made
        // from the postings by a lookup in a broadcast map. Not a join with a local relation: each
        // later query over the postings would run that relation's broadcast again, a Spark job
        // shipping every duplicate in its tasks. Not the lookup itself in every later query: a
        // Java UDF in the report's projection made its generated code cost the JIT 5-6 s more.
        // The held duplicates (a few percent of the ids) are freed with the dataset.
        Broadcast<Map<String, String[]>> byId = JavaSparkContext.fromSparkContext(
                postings.sparkSession().sparkContext()).broadcast(found);
        UDF1<String, String> canonicalOf = i -> {
            String[] d = byId.value().get(i);
            return d == null ? null : d[0];
        };
        UDF1<String, String> kindOf = i -> {
            String[] d = byId.value().get(i);
            return d == null ? null : d[1];
        };
        Dataset<Row> duplicates = HeldRows.hold(postings.select(col(id).as(DUP_ID))
                .withColumn(DUP_OF, udf(canonicalOf, DataTypes.StringType).apply(col(DUP_ID)))
                .filter(col(DUP_OF).isNotNull())
                .withColumn(DUP_KIND, udf(kindOf, DataTypes.StringType).apply(col(DUP_ID)))
                .transform(Deduplicator::onePerId));
        byId.destroy();
        Dataset<Row> joined = postings.join(broadcast(duplicates), col(id).equalTo(col(DUP_ID)), "left_outer");
        return withDuplicateColumns(postings, joined, col(DUP_OF), col(DUP_KIND));
    }

    /**
     * One row per duplicate id, so that the join that brings the duplicates to the postings
     * (on {@code posting_id}) matches each posting at most once: {@code input = normalized +
     * rejected + duplicates} holds even if two input rows ever shared a {@code posting_id}
     * (two records read as one; the readers make every record of an input its own, see
     * {@link io.techdir.posting.PostingIds#id}). Such rows get the same outcome. The duplicates
     * are a few percent of the rows: the shuffle is small.
     */
    private static Dataset<Row> onePerId(Dataset<Row> duplicates) {
        return duplicates.dropDuplicates(new String[] {DUP_ID});
    }

    /** The columns of {@code postings} but the prepared ones, from {@code rows}, with the duplicate columns given. */
    private static Dataset<Row> withDuplicateColumns(Dataset<Row> postings, Dataset<Row> rows, Column duplicateOf,
            Column duplicateKind) {
        List<Column> out = new ArrayList<>();
        for (String c : postings.columns()) {
            if (PREPARED.contains(c)) {
                continue;
            }
            out.add(c.equals(PostingSchema.DUPLICATE_OF) ? duplicateOf.as(c)
                    : c.equals(PostingSchema.DUPLICATE_KIND) ? duplicateKind.as(c)
                    : postings.col(c));
        }
        return rows.select(out.toArray(Column[]::new));
    }

    /**
     * The {@value #SAME_POSTING} and {@value #REPOST} duplicates among {@code keys} (id, posting
     * key, order, date posted, repost key), by windows over the posting key and the repost key:
     * rows (duplicate id, canonical id, kind).
     */
    private static Dataset<Row> exactAndReposts(Dataset<Row> keys, String orderColumn) {
        String id = PostingSchema.POSTING_ID;
        WindowSpec byKey = Window.partitionBy(PostingSchema.POSTING_KEY).orderBy(col(orderColumn));
        Dataset<Row> exact = keys
                .withColumn(CANON, first(col(id)).over(byKey))
                .withColumn(DUP_OF, when(col(CANON).notEqual(col(id)), col(CANON)))
                .withColumn(DUP_KIND, when(col(CANON).notEqual(col(id)), lit(SAME_POSTING)))
                .drop(CANON);

        // Already-duplicate rows and rows without a key get their own id as key: singletons.
        Column effectiveKey = when(col(DUP_OF).isNull(), coalesce(col(REPOST_KEY), col(id))).otherwise(col(id));
        Column date = to_date(col(PostingSchema.DATE_POSTED));
        WindowSpec byKeyAndDate = Window.partitionBy(REPOST_KEY)
                .orderBy(col(PostingSchema.DATE_POSTED).asc_nulls_last(), col(orderColumn));
        Column gap = datediff(date, lag(date, 1).over(byKeyAndDate));
        WindowSpec byChain = Window.partitionBy(col(REPOST_KEY), col(CHAIN))
                .orderBy(col(PostingSchema.DATE_POSTED).asc_nulls_last(), col(orderColumn));
        Column isRepost = col(CANON).notEqual(col(id));
        return exact
                .withColumn(REPOST_KEY, effectiveKey)
                .withColumn(NEW_CHAIN, when(gap.gt(REPOST_WINDOW_DAYS), 1).otherwise(0))
                .withColumn(CHAIN, sum(col(NEW_CHAIN)).over(byKeyAndDate
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .withColumn(CANON, first(col(id)).over(byChain))
                .withColumn(DUP_KIND, when(isRepost, lit(REPOST)).otherwise(col(DUP_KIND)))
                .withColumn(DUP_OF, when(isRepost, col(CANON)).otherwise(col(DUP_OF)))
                .filter(col(DUP_OF).isNotNull())
                .select(col(id).as(DUP_ID), col(DUP_OF), col(DUP_KIND));
    }

    /**
     * Points every duplicate at a canonical posting: a SAME_POSTING duplicate of a posting that is
     * a REPOST, a REPOST of one that is NEAR_TEXT (map: duplicate id to canonical id and kind; each
     * keeps its kind).
     */
    static void toCanonical(Map<String, String[]> found) {
        for (String[] d : found.values()) {
            String canonical = d[0];
            for (int hops = 0; found.containsKey(canonical) && hops < found.size(); hops++) {
                canonical = found.get(canonical)[0];
            }
            d[0] = canonical;
        }
    }

    /**
     * {@link #toCanonical(Map)} of the rows (duplicate id, canonical id, kind) of
     * {@link #exactAndReposts}: there a chain is one hop long at most (a SAME_POSTING duplicate of
     * the first read of a key, which a REPOST chain took; a REPOST's canonical is no duplicate).
     */
    private static Dataset<Row> toCanonical(Dataset<Row> duplicates) {
        Dataset<Row> next = duplicates.select(col(DUP_ID).as(NEXT_ID), col(DUP_OF).as(NEXT_OF));
        return duplicates.join(next, col(DUP_OF).equalTo(col(NEXT_ID)), "left_outer")
                .select(col(DUP_ID), coalesce(col(NEXT_OF), col(DUP_OF)).as(DUP_OF), col(DUP_KIND));
    }

    /**
     * The place of a posting for its {@link #repostKey} and {@link #textScope}: its département
     * and the commune its location text names once folded, without digits (codes, postal codes,
     * arrondissements: "69 - LYON 03" and "Lyon 3e - 69" are "69 lyon"); without a département,
     * the folded location text ("Limay", "Austin, TX"), unless it names only a country or a
     * French region ("France", "Île-de-France": too wide to tell two jobs apart), then null.
     */
    public static String place(String department, String region, String location, String country) {
        return PLACES.get(new PlaceKey(department, region, location, country), Deduplicator::readPlace);
    }

    /** The arguments of {@link #place(String, String, String, String)}. */
    private record PlaceKey(String department, String region, String location, String country) {
    }

    /** {@link #place} of the places already seen (boards repeat their location texts). */
    private static final Memo<PlaceKey, String> PLACES = new Memo<>(8192);

    private static String readPlace(PlaceKey key) {
        String department = key.department();
        String region = key.region();
        String location = key.location();
        String country = key.country();
        if (department == null) {
            // "France", "Île-de-France": too wide; "Limay", "Austin, TX": a place all the same
            boolean wide = region != null && (country == null || country.equals("FR"))
                    || LocationParser.country(location) != null;
            return wide || location == null || location.isBlank() ? null : squash(TextHygiene.fold(location));
        }
        if (location == null) {
            return department;
        }
        String commune = COMMUNE_NOISE.matcher(squash(TextHygiene.fold(location))).replaceAll(" ");
        commune = squash(SAINTE.matcher(SAINT.matcher(commune).replaceAll("saint")).replaceAll("sainte"));
        return commune.isEmpty() ? department : department + ' ' + commune;
    }

    /**
     * In a folded location: numbers ("69", "75008", "8e", "14eme", "1er", "2A"), "arrondissement",
     * "cedex", and articles ("44 - LES SORINIERES" and "Sorinières - 44").
     */
    private static final java.util.regex.Pattern COMMUNE_NOISE = java.util.regex.Pattern.compile(
            "\\b(?:\\d+(?:e|er|eme)?|2a|2b|arrondissement|cedex|le|la|les|l)\\b");
    /** France Travail's "ST ETIENNE", "STE MARIE". */
    private static final java.util.regex.Pattern SAINT = java.util.regex.Pattern.compile("\\bst\\b");
    private static final java.util.regex.Pattern SAINTE = java.util.regex.Pattern.compile("\\bste\\b");

    /** {@link #place(String, String, String, String)} as a column. */
    static Column place() {
        UDF4<String, String, String, String, String> placeOf = Deduplicator::place;
        return udf(placeOf, DataTypes.StringType).apply(col(PostingSchema.DEPARTMENT), col(PostingSchema.REGION),
                col(PostingSchema.LOCATION), col(PostingSchema.COUNTRY));
    }

    /**
     * 64-bit hash of what two near-identical texts must also share to be one job: role family,
     * place (null when unknown: such texts are compared with one another only) and the title's
     * grades (see {@link NearDuplicates}).
     *
     * @param place {@link #place(String, String, String, String)}
     */
    public static long textScope(String roleFamily, String place, String title) {
        return NearDuplicates.scope(roleFamily, place, title);
    }

    /**
     * The repost key of a posting: folded title, company and place joined by NUL; null when the
     * title, the company or the place is missing (such postings are not matched across records).
     *
     * @param place {@link #place(String, String, String, String)}
     */
    public static String repostKey(String title, String company, String place) {
        if (title == null || title.isBlank() || company == null || company.isBlank() || place == null) {
            return null;
        }
        return squash(TextHygiene.fold(title)) + '\0' + squash(TextHygiene.fold(company)) + '\0' + place;
    }

    /** Keeps letters and digits only, single-spaced, and drops gender markers "h f" / "f h". */
    static String squash(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        String s = sb.toString();
        if (s.endsWith(" h f") || s.endsWith(" f h")) {
            s = s.substring(0, s.length() - 4);
        }
        return s;
    }
}
