package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.posting.PostingSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@link Deduplicator#NEAR_TEXT} step on the shared Spark session. Texts are written by hand
 * in the shape of real French postings: a company paragraph, a mission, a profile.
 */
class DeduplicatorNearTextTest {

    static final String ORDER = "_order";
    static final StructType SCHEMA = PostingSchema.struct()
            .add(ORDER, DataTypes.LongType, false)
            .add(Deduplicator.TEXT_SIGNATURE, DataTypes.BinaryType, true);

    static final String ABOUT_US = "Acme Logiciels est un éditeur de logiciels SaaS fondé à Lyon en 2009. Nos 250"
            + " collaborateurs conçoivent des solutions de gestion pour les collectivités, les hôpitaux et les"
            + " entreprises industrielles, en France et dans douze pays. Entreprise à mission, nous investissons"
            + " chaque année vingt pour cent de notre chiffre d'affaires en recherche et développement, nous"
            + " formons nos équipes tout au long de leur carrière et nous cultivons un management de proximité,"
            + " le télétravail partiel et l'équilibre entre vie professionnelle et vie personnelle. Rejoindre"
            + " Acme, c'est rejoindre une communauté bienveillante, exigeante et passionnée par son métier. ";
    static final String CTO_MISSION = "Rattaché au président, vous prenez la direction technique de la société."
            + " Vous définissez la feuille de route technologique, pilotez l'architecture de la plateforme et"
            + " encadrez les quarante ingénieurs des équipes de développement, d'exploitation et de sécurité."
            + " Vous gérez le budget informatique, les fournisseurs et les prestataires, et vous représentez la"
            + " société auprès des clients grands comptes. Profil : diplômé d'une école d'ingénieurs, vous avez"
            + " au moins dix ans d'expérience dont cinq en management d'équipes techniques.";
    static final String ACCOUNTANT_MISSION = "Au sein de la direction financière, vous tenez la comptabilité"
            + " générale et analytique, préparez les déclarations fiscales et sociales, suivez la trésorerie et"
            + " participez aux clôtures mensuelles et annuelles avec les commissaires aux comptes. Vous êtes"
            + " l'interlocuteur des banques et des organismes sociaux. Profil : titulaire d'un diplôme de"
            + " comptabilité de niveau bac+3, vous avez trois ans d'expérience en cabinet ou en entreprise.";
    static final String CONTROLLER_MISSION = "Rattaché au directeur administratif et financier, vous construisez"
            + " le budget annuel et les prévisions trimestrielles, analysez les écarts avec les opérationnels,"
            + " produisez les tableaux de bord de la direction générale et améliorez les outils de reporting."
            + " Vous accompagnez les chefs de projet dans le suivi de la rentabilité des contrats. Profil : école"
            + " de commerce ou master de contrôle de gestion, cinq ans d'expérience, excellente maîtrise d'Excel.";
    static final String CTO_TEXT = ABOUT_US + CTO_MISSION;

    /** One posting of a fixture. */
    record P(long order, String id, String key, String title, String company, String family, String department,
            String date, String description, String location, String region) {

        /** A posting in "DEPARTMENT - Ville" (no region, no country: French). */
        P(long order, String id, String key, String title, String company, String family, String department,
                String date, String description) {
            this(order, id, key, title, company, family, department, date, description,
                    department == null ? null : department + " - Ville", null);
        }

        Row row() {
            Object[] v = new Object[PostingSchema.columns().size() + 2];
            v[PostingSchema.indexOf(PostingSchema.POSTING_ID)] = id;
            v[PostingSchema.indexOf(PostingSchema.POSTING_KEY)] = key;
            v[PostingSchema.indexOf(PostingSchema.SOURCE)] = key.substring(0, key.indexOf(':'));
            v[PostingSchema.indexOf(PostingSchema.SOURCE_ID)] = key.substring(key.indexOf(':') + 1);
            v[PostingSchema.indexOf(PostingSchema.RECORD)] = "fixture:" + order;
            v[PostingSchema.indexOf(PostingSchema.TITLE)] = title;
            v[PostingSchema.indexOf(PostingSchema.COMPANY)] = company;
            v[PostingSchema.indexOf(PostingSchema.ROLE_FAMILY)] = family;
            v[PostingSchema.indexOf(PostingSchema.DEPARTMENT)] = department;
            v[PostingSchema.indexOf(PostingSchema.LOCATION)] = location;
            v[PostingSchema.indexOf(PostingSchema.REGION)] = region;
            v[PostingSchema.indexOf(PostingSchema.DATE_POSTED)] = date;
            v[v.length - 2] = order;
            v[v.length - 1] = MinHash.signature(description);
            return RowFactory.create(v);
        }
    }

    static Dataset<Row> dataset(List<P> postings) {
        List<Row> rows = new ArrayList<>();
        for (P p : postings) {
            rows.add(p.row());
        }
        return SharedSpark.get().createDataFrame(rows, SCHEMA);
    }

    /** Posting id → "KIND→canonical id", or "" for a canonical posting. */
    static Map<String, String> outcome(Dataset<Row> postings) {
        Dataset<Row> d = Deduplicator.markDuplicates(postings, ORDER);
        assertFalse(Arrays.asList(d.columns()).contains(Deduplicator.TEXT_SIGNATURE), "signature column dropped");
        Map<String, String> out = new TreeMap<>();
        for (Row r : d.select(PostingSchema.POSTING_ID, PostingSchema.DUPLICATE_KIND, PostingSchema.DUPLICATE_OF)
                .collectAsList()) {
            out.put(r.getString(0), r.isNullAt(1) ? "" : r.getString(1) + "→" + r.getString(2));
        }
        assertEquals(postings.count(), out.size(), "one row per input row");
        return out;
    }

    static P cto(long order, String id, String title, String company, String department, String date, String text) {
        return new P(order, id, "board" + order + ":" + id, title, company, "TECHNICAL_DIRECTOR", department, date, text);
    }

    @Test
    void aRepostOfANearTextDuplicatePointsToTheCanonicalPosting() {
        // Glassdoor 2020: copies of a requisition (REPOST of y) whose first copy is the same text
        // as an earlier posting under another title (NEAR_TEXT of z).
        List<P> ps = List.of(
                cto(1, "z", "CTO - Directeur Technique F/H", "ACME", "69", "2026-01-05", CTO_TEXT),
                cto(2, "y", "Directeur technique (H/F)", "Acme Logiciels", "69", "2026-01-10", CTO_TEXT),
                cto(3, "x", "Directeur technique (H/F)", "Acme Logiciels", "69", "2026-01-12", null));
        assertEquals(Map.of("z", "", "y", "NEAR_TEXT→z", "x", "REPOST→z"), outcome(dataset(ps)));
    }

    @Test
    void syndicatedCopiesWithOtherTitlesPointToTheEarliestPosting() {
        List<P> ps = List.of(
                cto(1, "a", "Directeur technique (H/F)", "Acme Logiciels", "69", "2026-01-10", CTO_TEXT),
                cto(2, "b", "CTO - Directeur Technique F/H", "ACME", "69", "2026-01-05", CTO_TEXT),
                cto(3, "c", "Directeur / Directrice technique", "Cabinet Talents pour Acme", "69", "2026-01-12",
                        "Description du poste : " + CTO_TEXT + " Postulez en ligne."));
        Map<String, String> o = outcome(dataset(ps));
        assertEquals(Map.of("a", "NEAR_TEXT→b", "b", "", "c", "NEAR_TEXT→b"), o);
    }

    @Test
    void twoJobsSharingACompanyParagraphAreNotDuplicates() {
        // Same employer, family, place and day: only the texts can tell, and the missions differ.
        List<P> ps = List.of(
                new P(1, "comptable", "board:comptable", "Comptable", "Acme Logiciels", "OTHER", "69", "2026-01-10",
                        ABOUT_US + ACCOUNTANT_MISSION),
                new P(2, "controleur", "board:controleur", "Contrôleur de gestion", "Acme Logiciels", "OTHER", "69",
                        "2026-01-10", ABOUT_US + CONTROLLER_MISSION));
        double estimate = MinHash.jaccard(MinHash.signature(ps.get(0).description()),
                MinHash.signature(ps.get(1).description()));
        assertTrue(estimate > 0.2 && estimate < 0.7, String.valueOf(estimate));
        assertEquals(Map.of("comptable", "", "controleur", ""), outcome(dataset(ps)));
    }

    /** The same text is not a near duplicate when a guard says the jobs differ. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "other département  | Directeur technique        | TECHNICAL_DIRECTOR | 13   | 2026-01-12 | false",
        "other role family  | DSI                        | CIO                | 69   | 2026-01-12 | false",
        "other grade        | Directeur technique adjoint| TECHNICAL_DIRECTOR | 69   | 2026-01-12 | false",
        "place unknown      | Directeur technique        | TECHNICAL_DIRECTOR | null | 2026-01-12 | false",
        "four months later  | Directeur technique        | TECHNICAL_DIRECTOR | 69   | 2026-05-12 | false",
        "short text         | Directeur technique        | TECHNICAL_DIRECTOR | 69   | 2026-01-12 | true",
    })
    void guards(String why, String title, String family, String department, String date, boolean shortText) {
        String text = shortText ? "Acme recrute son directeur technique à Lyon." : CTO_TEXT;
        List<P> ps = List.of(
                new P(1, "first", "b1:first", "Directeur technique", "Acme", "TECHNICAL_DIRECTOR", "69", "2026-01-10",
                        text),
                new P(2, "second", "b2:second", title, "Acme SAS", family, department, date, text));
        assertEquals(Map.of("first", "", "second", ""), outcome(dataset(ps)), why);
    }

    @Test
    void postingsAlreadyDuplicatesAreNotMarkedAgainNorPointedTo() {
        String repostText = ABOUT_US + ACCOUNTANT_MISSION;
        List<P> ps = List.of(
                cto(1, "a1", "Directeur technique", "Acme", "69", "2026-01-10", CTO_TEXT),
                new P(2, "a1-again", "board1:a1", "Directeur technique", "Acme", "TECHNICAL_DIRECTOR", "69",
                        "2026-01-10", CTO_TEXT),
                // A repost of a1 (same title, company, département) whose text was rewritten.
                cto(3, "a1-repost", "Directeur technique", "Acme", "69", "2026-01-20", repostText),
                // Its text again elsewhere: a1-repost is a duplicate, so it is no one's canonical posting.
                cto(4, "copy-of-repost", "CTO", "Acme Group", "69", "2026-01-25", repostText),
                cto(5, "copy-of-a1", "CTO", "Talents RH", "69", "2026-01-26", CTO_TEXT));
        Map<String, String> o = outcome(dataset(ps));
        assertEquals("SAME_POSTING→a1", o.get("a1-again"));
        assertEquals("REPOST→a1", o.get("a1-repost"));
        assertEquals("NEAR_TEXT→a1", o.get("copy-of-a1"));
        assertEquals("", o.get("copy-of-repost"));
        assertEquals("", o.get("a1"));
    }

    @Test
    void aDuplicatePointsToACanonicalPostingNeverToAnotherDuplicate() {
        // b is a near copy of a (one word changed), c a near copy of b (another word changed).
        String b = CTO_TEXT.replace("quarante ingénieurs", "cinquante ingénieurs");
        String c = b.replace("douze pays", "quinze pays");
        List<P> ps = List.of(
                cto(1, "a", "Directeur technique", "Acme", "69", "2026-01-10", CTO_TEXT),
                cto(2, "b", "CTO", "Acme Group", "69", "2026-01-11", b),
                cto(3, "c", "CTO (H/F)", "Talents", "69", "2026-01-12", c));
        Map<String, String> o = outcome(dataset(ps));
        assertEquals("NEAR_TEXT→a", o.get("b"));
        assertNotEquals("NEAR_TEXT→b", o.get("c"));
        assertTrue(o.get("c").isEmpty() || o.get("c").equals("NEAR_TEXT→a"), o.get("c"));
    }

    @Test
    void sameResultTwiceAndWhateverThePartitioning() {
        List<P> ps = new ArrayList<>();
        String[] departments = {"69", "13", "75"};
        for (int i = 0; i < 30; i++) {
            String text = (i % 3 == 0 ? CTO_TEXT : ABOUT_US + ACCOUNTANT_MISSION) + " Référence " + (i % 2);
            ps.add(cto(i + 1, "p" + i, i % 2 == 0 ? "Directeur technique" : "CTO", "Société " + i,
                    departments[i % 3], "2026-01-" + (10 + i % 15), text));
        }
        Dataset<Row> d = dataset(ps);
        Map<String, String> first = outcome(d);
        assertTrue(first.values().stream().anyMatch(v -> v.startsWith("NEAR_TEXT")), first.toString());
        assertEquals(first, outcome(d));
        assertEquals(first, outcome(d.repartition(7)));
        assertEquals(first, outcome(d.coalesce(1)));
    }

    @Test
    void withoutASignatureColumnNoNearTextStep() {
        List<P> ps = List.of(
                cto(1, "a", "Directeur technique", "Acme Logiciels", "69", "2026-01-10", CTO_TEXT),
                cto(2, "b", "CTO", "ACME", "69", "2026-01-05", CTO_TEXT));
        Dataset<Row> d = dataset(ps).drop(Deduplicator.TEXT_SIGNATURE);
        assertEquals(Map.of("a", "", "b", ""), outcome(d));
        assertEquals(Arrays.asList(d.columns()), Arrays.asList(Deduplicator.markDuplicates(d, ORDER).columns()));
        assertNull(Deduplicator.repostKey("CTO", null, "69"));
    }
}
