package io.techdir.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.check.CareerCsv;
import io.techdir.check.CareerFile;
import io.techdir.check.CareerPosition;
import io.techdir.check.MarketStatistics;
import io.techdir.normalize.RoleClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic career histories: reproducible, labelled SYNTHETIC, valid, titles read as their family. */
class CareerGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesAndTheFileParsesWithoutRejects() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        long positions = new CareerGenerator(150, 7).write(a);
        new CareerGenerator(150, 7).write(b);
        assertEquals(-1L, Files.mismatch(a, b));
        CareerFile f = CareerCsv.parse(Files.readString(a), a.toString());
        assertEquals(MarketStatistics.SYNTHETIC, f.origin(), "the leading comment labels the file");
        assertEquals(List.of(), f.rejects());
        assertEquals(positions, f.positions().size());
        assertEquals(150, f.positions().stream().map(CareerPosition::person).distinct().count());
        assertTrue(Files.readAllLines(a).get(0).equals("# origin: SYNTHETIC"));
    }

    @Test
    void everyTitleIsClassifiedAsTheFamilyItStandsFor() {
        RoleClassifier c = RoleClassifier.standard();
        for (Object[] family : CareerGenerator.TITLES) {
            @SuppressWarnings("unchecked")
            List<String> titles = (List<String>) family[1];
            for (String t : titles) {
                assertEquals(family[0], c.classify(t, null, null, null).family().name(), t);
            }
        }
        for (String t : CareerGenerator.EARLY) {
            assertEquals("OTHER", c.classify(t, null, null, null).family().name(), t);
        }
    }

    @Test
    void everyPersonReachesTechnicalDirectorAndDatesFollowEachOther() {
        CareerGenerator g = new CareerGenerator(300, 1);
        RoleClassifier c = RoleClassifier.standard();
        for (long i = 1; i <= 300; i++) {
            List<List<String>> rows = g.person(i);
            assertTrue(rows.stream().anyMatch(r -> c.classify(r.get(2), null, null, null).family().name()
                    .equals("TECHNICAL_DIRECTOR")), "person " + i);
            for (int k = 1; k < rows.size(); k++) {
                assertEquals(rows.get(k - 1).get(4), rows.get(k).get(3), "person " + i + " position " + (k + 1));
            }
        }
    }
}
