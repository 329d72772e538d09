package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MinHash signatures and their Jaccard estimate, without Spark. */
class MinHashTest {

    /** {@code n} distinct words {@code mot<from>}, {@code mot<from+1>}, ... */
    static List<String> words(int from, int n) {
        List<String> w = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            w.add("mot" + i);
        }
        return w;
    }

    static String text(List<String> words) {
        return String.join(" ", words);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = MinHashTest.class.getResourceAsStream("/minhash/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Exact Jaccard similarity of the 3-word shingle sets of two word lists. */
    static double exactJaccard(List<String> a, List<String> b) {
        Set<List<String>> sa = shingles(a);
        Set<List<String>> sb = shingles(b);
        Set<List<String>> union = new HashSet<>(sa);
        union.addAll(sb);
        sa.retainAll(sb);
        return sa.size() / (double) union.size();
    }

    private static Set<List<String>> shingles(List<String> w) {
        Set<List<String>> s = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE_WORDS <= w.size(); i++) {
            s.add(List.copyOf(w.subList(i, i + MinHash.SHINGLE_WORDS)));
        }
        return s;
    }

    @Test
    void identicalTextsEstimateOne() {
        String t = text(words(0, 200));
        assertEquals(1.0, MinHash.jaccard(MinHash.signature(t), MinHash.signature(t)));
    }

    @Test
    void realRepublishedTextIsANearDuplicate() throws IOException {
        // France Travail 8382021 and 8516397 (src/test/resources/minhash/README.md): one text,
        // republished a day later with no-break spaces and without its "Description du poste :" header.
        byte[] a = MinHash.signature(resource("ft-8382021.txt"));
        byte[] b = MinHash.signature(resource("ft-8516397.txt"));
        assertTrue(MinHash.jaccard(a, b) >= 0.95, String.valueOf(MinHash.jaccard(a, b)));
    }

    @Test
    void unrelatedTextsEstimateAboutZero() throws IOException {
        assertTrue(MinHash.jaccard(MinHash.signature(text(words(0, 200))),
                MinHash.signature(text(words(1000, 200)))) < 0.05);
        assertTrue(MinHash.jaccard(MinHash.signature(resource("ft-8382021.txt")),
                MinHash.signature(text(words(0, 300)))) < 0.05);
    }

    /**
     * A 5 % edit in one place (words inserted or deleted, such as a header, a footer or a sentence
     * a board adds or drops) keeps a text above the threshold. Replacing 5 % of the words is a 5 %
     * deletion plus a 5 % insertion: about 0.9, on the threshold.
     */
    @ParameterizedTest
    @CsvSource({
        "insert, 0, 300", "insert, 150, 300", "insert, 300, 300", "delete, 0, 300", "delete, 140, 300",
        "insert, 60, 120", "delete, 100, 400",
    })
    void fivePercentEditStaysAboveTheThreshold(String edit, int at, int n) {
        List<String> base = words(0, n);
        List<String> edited = new ArrayList<>(base);
        int k = n / 20;
        if (edit.equals("insert")) {
            edited.addAll(at, words(5000, k));
        } else {
            edited.subList(at, at + k).clear();
        }
        double exact = exactJaccard(base, edited);
        double estimate = MinHash.jaccard(MinHash.signature(text(base)), MinHash.signature(text(edited)));
        assertTrue(exact > MinHash.JACCARD_THRESHOLD, "exact " + exact);
        assertTrue(estimate >= MinHash.JACCARD_THRESHOLD, "estimate " + estimate + ", exact " + exact);
    }

    /** The estimate is unbiased and within four standard errors of the exact similarity. */
    @Test
    void estimateFollowsTheExactSimilarity() {
        double bias = 0;
        int pairs = 0;
        for (int changed = 0; changed <= 300; changed += 10) {
            // Each pair from its own words: pairs sharing one text would share its estimation errors.
            List<String> a = words(100_000 * (changed + 1), 300);
            List<String> b = new ArrayList<>(a.subList(0, 300 - changed));
            b.addAll(words(10_000 + 1000 * changed, changed));
            double exact = exactJaccard(a, b);
            double estimate = MinHash.jaccard(MinHash.signature(text(a)), MinHash.signature(text(b)));
            double se = Math.sqrt(exact * (1 - exact) / MinHash.HASHES);
            assertTrue(Math.abs(estimate - exact) <= 4 * se + 0.01, "exact " + exact + ", estimate " + estimate);
            bias += estimate - exact;
            pairs++;
        }
        // 31 pairs: the standard error of the mean error is about 0.007.
        assertTrue(Math.abs(bias / pairs) < 0.02, "mean bias " + bias / pairs);
    }

    /** The fast test agrees with the estimate, on both sides of the threshold. */
    @Test
    void isNearIsTheThresholdOnTheEstimate() {
        byte[] a = MinHash.signature(text(words(0, 300)));
        int near = 0;
        for (int differ = 0; differ <= MinHash.HASHES; differ++) {
            byte[] b = a.clone();
            for (int i = 0; i < differ; i++) {
                b[(i * 37) % MinHash.HASHES]++;
            }
            boolean expected = MinHash.jaccard(a, b) >= MinHash.JACCARD_THRESHOLD;
            assertEquals(expected, MinHash.isNear(a, b), differ + " positions differ");
            near += expected ? 1 : 0;
        }
        assertEquals(13, near, "0 to 12 differing positions of 128 estimate at least 0.9");
    }

    @Test
    void signaturesAreDeterministicAcrossRunsAndJvms() {
        String t = text(words(0, 50));
        assertArrayEquals(MinHash.signature(t), MinHash.signature(t));
        // Pinned: a change of seed, hash or folding changes every signature (and every stored one).
        assertEquals("58a3947ab2814652", HexFormat.of().formatHex(MinHash.signature(t), 0, 8));
    }

    @Test
    void shortAndMissingTextsHaveNoSignature() {
        assertNull(MinHash.signature(null));
        assertNull(MinHash.signature(""));
        assertNull(MinHash.signature("<p>&nbsp;</p>"));
        assertNull(MinHash.signature("Start-up cloud."));
        assertNull(MinHash.signature(text(words(0, MinHash.MIN_WORDS - 1))));
        byte[] s = MinHash.signature(text(words(0, MinHash.MIN_WORDS)));
        assertNotNull(s);
        assertEquals(MinHash.SIGNATURE_BYTES, s.length);
    }

    @Test
    void caseAccentsMarkupAndSpacingDoNotMatter() {
        String plain = "equipe developpement " + text(words(0, 60));
        assertArrayEquals(MinHash.signature(plain), MinHash.signature("ÉQUIPE Développement " + text(words(0, 60))));
        assertArrayEquals(MinHash.signature(plain),
                MinHash.signature("<p>Équipe&nbsp;d&eacute;veloppement</p>\n\n " + text(words(0, 60)).replace(" ", "\u00a0")));
        assertFalse(java.util.Arrays.equals(MinHash.signature(plain), MinHash.signature("equipe " + text(words(0, 60)))));
    }

    @Test
    void foldingDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String upper = "INGENIEUR INFORMATIQUE INDUSTRIELLE " + text(words(0, 60));
            String lower = "ingenieur informatique industrielle " + text(words(0, 60));
            assertArrayEquals(MinHash.signature(lower), MinHash.signature(upper));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void bandKeysFollowTheirBands() {
        byte[] s = MinHash.signature(text(words(0, 100)));
        long[] keys = MinHash.bandKeys(s);
        assertEquals(MinHash.BANDS, keys.length);
        assertArrayEquals(keys, MinHash.bandKeys(s.clone()));
        byte[] t = s.clone();
        t[0]++;
        long[] changed = MinHash.bandKeys(t);
        assertNotEquals(keys[0], changed[0]);
        for (int band = 1; band < MinHash.BANDS; band++) {
            assertEquals(keys[band], changed[band]);
        }
        assertEquals(MinHash.BANDS, java.util.Arrays.stream(keys).distinct().count());
    }

    @Test
    void badSignatureLengthIsABug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MinHash.jaccard(new byte[3], new byte[MinHash.SIGNATURE_BYTES]));
        assertEquals("MinHash: signature of 3 bytes; expected 128 bytes", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MinHash.bandKeys(null));
    }
}
