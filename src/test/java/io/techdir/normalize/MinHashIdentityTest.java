package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The signatures stay the same bytes: {@code minhash/signatures.tsv} holds the signatures that
 * the code of b5cf5f6 (before the speed-up) gave for real, generated and constructed texts, and a
 * signature that changes would change which postings are near-text duplicates. A random test
 * compares with {@link MinHashReference}, the plain form of the algorithm, on many more texts.
 * Both ways of taking the minima (Vector API, plain loop) are checked.
 */
class MinHashIdentityTest {

    /** The texts of the pinned signatures, by name (see {@code minhash/README.md}). */
    static Map<String, String> texts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("ft-8382021", MinHashTest.resource("ft-8382021.txt"));
        texts.put("ft-8516397", MinHashTest.resource("ft-8516397.txt"));
        List<String> generated = lines("/minhash/generated-descriptions.txt");
        for (int i = 0; i < generated.size(); i++) {
            texts.put("generated-" + (i + 1), generated.get(i));
        }
        // Real excerpts (perf/description-lines.tsv), joined as descriptions are: by line breaks.
        List<String> excerpts = new ArrayList<>();
        for (String line : lines("/perf/description-lines.tsv").subList(1, 136)) {
            excerpts.add(line.split("\t", 3)[2]);
        }
        for (int i = 0; i + 15 <= excerpts.size(); i += 15) {
            texts.put("excerpts-" + i, String.join("\n", excerpts.subList(i, i + 15)));
        }
        texts.put("excerpts-html", "<p>" + String.join("</p><br/><p>", excerpts.subList(20, 40))
                + "</p>&nbsp;&eacute;t&eacute; &amp;amp; R&D <b>tags</b> a < b &lt;i&gt;");
        // Every character below U+3100 (the folding table and the code points past it), each
        // between two words, and characters the table does not hold.
        for (int from = 0; from < 0x3100; from += 0x400) {
            StringBuilder sb = new StringBuilder();
            for (int c = from; c < from + 0x400; c++) {
                sb.append("w").append(c % 97).append((char) c).append("x").append(c % 13).append(' ');
            }
            texts.put("chars-" + Integer.toHexString(from), sb.toString());
        }
        texts.put("beyond", String.join(" ", MinHashTest.words(0, 45))
                + " 東京 ﬁnance ﬀ Œuvre ŒUVRE Straße İstanbul ıi 😀emoji😀 \ud800 lone \udc00 surrogates"
                + " ＡＢＣ full width ½ ² ⅷ ① Ǆ ǅ");
        texts.put("short-39", String.join(" ", MinHashTest.words(0, 39)));
        texts.put("short-40", String.join(" ", MinHashTest.words(0, 40)));
        texts.put("markup-only", "<p>&nbsp;</p>".repeat(50));
        return texts;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = MinHashIdentityTest.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    static String hex(byte[] signature) {
        return signature == null ? "null" : HexFormat.of().formatHex(signature);
    }

    @Test
    void signaturesAreThoseOfBeforeTheSpeedUp() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : lines("/minhash/signatures.tsv")) {
            String[] parts = line.split("\t");
            expected.put(parts[0], parts[1]);
        }
        Map<String, String> texts = texts();
        assertEquals(expected.keySet(), texts.keySet());
        int signed = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String got = hex(MinHash.signature(e.getValue()));
            assertEquals(expected.get(e.getKey()), got, e.getKey());
            assertEquals(got, hex(MinHash.signature(e.getValue(), false)), e.getKey() + ", plain loop");
            assertEquals(got, hex(MinHash.signature(e.getValue(), true)), e.getKey() + ", Vector API");
            signed += got.equals("null") ? 0 : 1;
        }
        assertTrue(signed >= texts.size() - 3, "nearly every pinned text has a signature: " + signed);
    }

    /** Random texts of words, markup, spaces and characters of every kind: same as the plain form. */
    @Test
    void randomTextsGiveThePlainFormsSignature() {
        Random random = new Random(20261126);
        String[] pieces = {" ", " ", " ", "\n", ",", "'", "-", "&amp;", "&eacute;", "<p>", "</li>", "&", "<",
            "é", "É", "œ", "ß", "ﬁ", "İ", "€", "\u00a0", "😀", "東", "Ǆ"};
        int signed = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(10);
                if (kind < 6) {
                    sb.append("mot").append(random.nextInt(60)).append(' ');
                } else if (kind < 9) {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                } else {
                    sb.append((char) random.nextInt(0x3200));
                }
            }
            String text = sb.toString();
            byte[] got = MinHash.signature(text, random.nextBoolean());
            assertEquals(hex(MinHashReference.signature(text)), hex(got), text);
            signed += got == null ? 0 : 1;
        }
        assertTrue(signed > 1000, "texts with a signature: " + signed);
    }
}
