package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.techdir.posting.RawPosting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offer mapping on fragments of real offers (FT-IT / FT-MIXED ids in the first column). */
class FranceTravailOfferTest {

    private static RawPosting map(String json) throws Exception {
        JsonNode offer = FranceTravailSourceReader.JSON.readTree(json);
        return (RawPosting) FranceTravailOffer.toRecord(offer, "f.json:2", "francetravail");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # offer (salaire object as published)                                                          | salaryText
            184DBCJ | {"libelle":"Mensuel de 2500.0 Euros sur 12.0 mois","complement1":"Pc portable","complement2":"Autre"} | Mensuel de 2500.0 Euros sur 12.0 mois ; Pc portable ; Autre
            8402338 | {"libelle":"Annuel de 30000,00 Euros à 35000,00 Euros","commentaire":"."}                   | Annuel de 30000,00 Euros à 35000,00 Euros ; .
            182MPCG | {"commentaire":",","complement1":"Autre"}                                                    | , ; Autre
            7988359 | {"commentaire":"55 - 65 k€ brut annuel"}                                                     | 55 - 65 k€ brut annuel
            8365695 | {"libelle":"Annuel de"}                                                                      | Annuel de
            184TLPS | {}                                                                                           | ``
            """)
    void salaryPartsAreJoined(String id, String salaire, String expected) throws Exception {
        RawPosting p = map("{\"id\":\"" + id + "\",\"intitule\":\"x\",\"salaire\":" + salaire + "}");
        assertEquals(expected.isEmpty() ? null : expected, p.salaryText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # formations as published (FT-IT 184QRZR, 184CYMH; FT-MIXED 181FTQQ)                                                                                                               | educationText
            [{"codeFormation":"24231","domaineLibelle":"réseau informatique","niveauLibelle":"Bac+5 et plus ou équivalents","commentaire":"école d'ingénieur ou université","exigence":"E"}] | Bac+5 et plus ou équivalents réseau informatique : école d'ingénieur ou université (E)
            [{"codeFormation":"11050","domaineLibelle":"mathématiques informatiques","niveauLibelle":"Bac+2 ou équivalents","exigence":"E"},{"niveauLibelle":"Bac+5 et plus ou équivalents","exigence":"E"}] | Bac+2 ou équivalents mathématiques informatiques (E) ; Bac+5 et plus ou équivalents (E)
            [{"niveauLibelle":"Aucune formation scolaire","commentaire":"FIMO","exigence":"E"}]                                                     | Aucune formation scolaire : FIMO (E)
            []                                                                                                                                       | ``
            """)
    void formationsBecomeOneEducationText(String formations, String expected) throws Exception {
        RawPosting p = map("{\"id\":\"1\",\"intitule\":\"x\",\"formations\":" + formations + "}");
        assertEquals(expected.isEmpty() ? null : expected, p.educationText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # made-up shapes: a numeric id, a null object, blanks
            {"id":184,"intitule":"DBA","entreprise":null,"lieuTravail":{"libelle":"France"}}  | 184 | DBA | `` | France
            {"id":" 184TLPS ","intitule":" DBA SQL ","entreprise":{"nom":""}}                   | 184TLPS | DBA SQL | `` | ``
            """)
    void scalarsAreTrimmedTextAndNullOrEmptyIsAbsent(String json, String id, String title,
            String company, String location) throws Exception {
        RawPosting p = map(json);
        assertEquals(id, p.sourceId());
        assertEquals(title, p.title());
        assertEquals(company.isEmpty() ? null : company, p.company());
        assertEquals(location.isEmpty() ? null : location, p.location());
    }

    @org.junit.jupiter.api.Test
    void theCompanysDescriptionOfItselfIsKeptForTheEmployerKind() throws Exception {
        // ft-2024-11-it-1049.json, offer of line 19794: an agency posting under no name.
        RawPosting p = map("{\"id\":\"1\",\"intitule\":\"x\",\"entreprise\":{\"description\":"
                + "\"Expectra, leader en France de l'intérim spécialisé\"}}");
        assertEquals(null, p.company());
        assertEquals("Expectra, leader en France de l'intérim spécialisé",
                p.attributes().get(RawPosting.COMPANY_DESCRIPTION));
    }
}
