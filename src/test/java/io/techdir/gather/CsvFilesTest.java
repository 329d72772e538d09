package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFilesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # header line (real headers: HelloWork, Glassdoor, generic)                 | delimiter
            Titre;Entreprise;Localisation;Contrat;Salaire;Lien                          | ;
            ,Job Title,Salary Estimate,Job Description,Rating,Company Name,Location     | ,
            source_id,title,company                                                     | ,
            "a;b",c,d                                                                   | ,
            "x,y,z";title;company                                                       | ;
            source_id\ttitle\tcompany                                                   | TAB
            title                                                                       | ,
            a,b;c                                                                       | ,
            """)
    void detectsTheDelimiterFromTheHeaderLine(String header, String delimiter) {
        char expected = delimiter.equals("TAB") ? '\t' : delimiter.charAt(0);
        assertEquals(expected, CsvFiles.detectDelimiter(header));
    }
}
