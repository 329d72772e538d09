package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvMappingTest {

    @Test
    void shippedHelloWorkMapping() {
        CsvMapping m = CsvMapping.load("hellowork");
        assertEquals("hellowork", m.source());
        assertEquals("FR", m.country());
        assertEquals("Titre", m.columns().get(CsvColumn.TITLE));
        // the scrape keeps the last digits of every hourly amount (data/README.md): flagged, not trusted
        assertEquals(Map.of("salary_truncated_periods", "HOUR"), m.attributes());
        assertEquals("Lien", m.columns().get(CsvColumn.URL));
        assertTrue(m.idHash());
        assertTrue(m.matches(List.of("Titre", "Entreprise", "Localisation", "Contrat", "Salaire",
                "Lien")));
        assertFalse(m.matches(List.of("Titre", "Entreprise", "Salaire")));
    }

    @Test
    void shippedGlassdoorMapping() {
        CsvMapping m = CsvMapping.load("glassdoor");
        assertEquals("glassdoor", m.source());
        assertEquals("US", m.country());
        assertEquals(Map.of("currency", "USD"), m.attributes());
        assertEquals("", m.columns().get(CsvColumn.SOURCE_ID));
        assertEquals("Industry", m.columns().get(CsvColumn.SECTOR));
        // glassdoor_jobs.csv record 0: "Company Name" is "Tecolote Research\n3.8"
        assertEquals("Tecolote Research", m.clean().get(CsvColumn.COMPANY)
                .matcher("Tecolote Research\n3.8").replaceAll(""));
        assertEquals("Software Company 4", m.clean().get(CsvColumn.COMPANY)
                .matcher("Software Company 4").replaceAll(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            source=x\\ncolumn.titre=Titre          | m.properties: key 'column.titre': unknown column 'titre'; expected one of source, source_id, title, company, location, postal_code, country, contract, salary_text, experience_text, experience_requirement, education_text, description, url, date_posted, naf_code, sector, company_size, rome_code
            source=X Y                             | m.properties: bad source 'X Y'; expected a lower-case name such as hellowork
            source=x\\nid.hash=yes                 | m.properties: bad id.hash 'yes'; expected true or false
            source=x\\nid.from_url=(\\\\d+         | m.properties: bad id.from_url '(\\d+'; expected a Java regular expression (Unclosed group)
            source=x\\nattribute.salary_truncated_periods=HOURS | m.properties: key 'attribute.salary_truncated_periods': period 'HOURS' in 'HOURS'; expected HOUR, DAY, WEEK, MONTH or YEAR
            source=x\\nrename.Titre=title          | m.properties: unknown key 'rename.Titre'; expected one of source, country, signature, null_values, id.from_url, id.hash, column.COLUMN, clean.COLUMN, attribute.NAME
            """)
    void badMappingsAreNamedWithTheirKey(String text, String message) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text.replace("\\n", "\n")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvMapping.parse("m", "m.properties", properties));
        assertEquals(message, e.getMessage());
    }
}
