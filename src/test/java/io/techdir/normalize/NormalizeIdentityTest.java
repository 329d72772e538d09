package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.gather.SourceReader;
import io.techdir.gather.SourceReaders;
import io.techdir.gather.SourceSpec;
import io.techdir.generate.GeneratorProfile;
import io.techdir.generate.GeneratorSettings;
import io.techdir.generate.PostingGenerator;
import io.techdir.posting.RawPosting;
import io.techdir.posting.SourceRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the normalizer makes of every shipped sample posting and of 2 000 generated ones stays the
 * same: {@code normalize/identity.tsv} pins a digest of each {@link PostingNormalizer#normalize}
 * result (its {@code toString()}, every field), so that a change meant to be faster, not
 * different, is checked against every posting and not only against the rules' own tests. A
 * change of a rule changes some digests on purpose: then rewrite the file with
 * {@code mvn -o test -Dtest=NormalizeIdentityTest -Dtechdir.identity.write=true} and say in the
 * commit which postings changed and why (the test prints them).
 */
class NormalizeIdentityTest {

    private static final Path PINNED = Path.of("src/test/resources/normalize/identity.tsv");
    /** The job's sample sources (jobs/market-report.properties), read as a run reads them. */
    private static final List<String> SAMPLES = List.of("francetravail:data/samples/francetravail",
            "csv:data/samples/hellowork", "csv:data/samples/glassdoor", "csv:data/samples/synthetic");
    private static final int GENERATED = 2_000;
    private static final int SEED = 11;

    @Test
    void everyPostingNormalizesAsPinned(@TempDir Path dir) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        PostingNormalizer normalizer = PostingNormalizer.standard();
        List<String> specs = new ArrayList<>(SAMPLES);
        Path generated = dir.resolve("generated.csv");
        new PostingGenerator(new GeneratorSettings(GENERATED, SEED, GeneratorProfile.MARKET)).write(generated);
        specs.add("csv:" + generated);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String spec : specs) {
            for (RawPosting read : read(spec)) {
                // a sample's record is FILE:LINE; a generated one's names the temporary folder,
                // which the posting id is made from: the same record every time instead
                RawPosting raw = read.record().startsWith(dir.toString()) ? withRecord(read,
                        read.record().replace(dir.toString(), "generated")) : read;
                String normalized = normalizer.normalize(raw).toString();
                String key = raw.record();
                digests.put(key, HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.UTF_8)), 0, 8));
                texts.put(key, normalized);
            }
        }
        assertTrue(digests.size() > GENERATED + 600, "postings normalized: " + digests.size());

        if (Boolean.getBoolean("techdir.identity.write")) {
            StringBuilder b = new StringBuilder("# posting\tdigest of normalize(posting).toString() (NormalizeIdentityTest)\n");
            digests.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
            Files.writeString(PINNED, b.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String> pinned = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PINNED, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                String[] f = line.split("\t", 2);
                pinned.put(f[0], f[1]);
            }
        }
        List<String> changed = new ArrayList<>();
        digests.forEach((k, v) -> {
            if (!v.equals(pinned.get(k))) {
                changed.add(k);
            }
        });
        assertEquals(pinned.keySet(), digests.keySet(), "the postings read are those pinned");
        assertTrue(changed.isEmpty(), () -> changed.size() + " of " + digests.size() + " postings normalize otherwise"
                + " than pinned, e.g. " + changed.subList(0, Math.min(5, changed.size())) + "; the first now reads "
                + texts.get(changed.get(0)) + " (if a rule changed on purpose, rewrite the file: see the class"
                + " javadoc)");
    }

    private static RawPosting withRecord(RawPosting p, String record) {
        return new RawPosting(p.source(), p.sourceId(), record, p.title(), p.company(), p.location(),
                p.postalCode(), p.country(), p.contract(), p.salaryText(), p.experienceText(),
                p.experienceRequirement(), p.educationText(), p.description(), p.url(), p.datePosted(), p.nafCode(),
                p.sectorLabel(), p.companySize(), p.romeCode(), p.attributes());
    }

    /** The postings a source ({@code KIND:LOCATION}) gives, read as a run reads them. */
    static List<RawPosting> read(String text) throws Exception {
        SourceReader reader = SourceReaders.forSpec(SourceSpec.parse(text));
        List<RawPosting> out = new ArrayList<>();
        for (String file : reader.files()) {
            Iterator<SourceRecord> records = reader.read(file);
            while (records.hasNext()) {
                if (records.next() instanceof RawPosting p) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
