package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.TurkishLocale;
import io.techdir.posting.ContractType;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ContractParser}. Table rows come from real postings (see
 * src/test/resources/normalize/README-fields.md). Runs under a Turkish default locale.
 */
@ExtendWith(TurkishLocale.class)
class ContractParserTest {

    private final ContractParser parser = new ContractParser();

    /**
     * The contract field: France Travail codes and labels (also with natureContrat appended),
     * HelloWork, and the Welcome to the Jungle contract types.
     */
    @ParameterizedTest(name = "{0} {1}: ''{2}''")
    @CsvFileSource(resources = "/normalize/contract-fields.csv", numLinesToSkip = 1)
    void readsTheField(String file, String record, String field, ContractType type) {
        assertEquals(Optional.of(type), parser.parse(field, null, null), record);
    }

    /** No field: the title, then words of the description that state the contract; traps. */
    @ParameterizedTest(name = "{0} {1}: {5}")
    @CsvFileSource(resources = "/normalize/contract-fallbacks.csv", numLinesToSkip = 1)
    void fallsBackToTitleAndDescription(String file, String record, String title, String description,
            ContractType type, String what) {
        assertEquals(Optional.ofNullable(type), parser.parse(null, title, description), record + " (" + what + ")");
    }

    /** The field wins: the title and text are read only when the field is empty. */
    @ParameterizedTest(name = "''{0}'' + ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # field | title | description | type
            CDD | Apprenti administrateur support (H/F) | le poste à pourvoir est en contrat d'apprentissage | CDD
            CDD Contrat apprentissage | Apprenti administrateur support (H/F) | | APPRENTICESHIP
            | Apprenti administrateur support (H/F) | Type de contrat : CDI | APPRENTICESHIP
            | Développeur (CDI) | | CDI
            | Développeur | Stage de 6 mois à partir de mars. | INTERNSHIP
            | Développeur | Poste en alternance, rythme 3 semaines / 1 semaine. | APPRENTICESHIP
            Temps plein | | | CDI
            FULL_TIME | | | CDI
            Full-time | | | CDI
            Contract | | | FREELANCE
            Permanent | | | CDI
            Indépendant | | | FREELANCE
            CDI ou Freelance | | | CDI
            CDI intérimaire | | | INTERIM
            Bénévolat | | | OTHER
            """)
    void fieldWins(String field, String title, String description, ContractType type) {
        assertEquals(Optional.of(type), parser.parse(field, title, description));
    }

    /**
     * France Travail's "LIB" (profession libérale) from partner feeds is no statement: the text's
     * contract outweighs it (ft-2024-11-it-1049.json, offers 7681180 and 7680630; the text glues
     * the next line on).
     */
    @ParameterizedTest(name = "''{0}'' + ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            # field | title | description | type
            LIB | Administrateur système et réseau | Type de contrat : IntérimTemps de travail : 35h | INTERIM
            LIB | SERVEUR (H/F) | Type de contrat : IntérimRémunération : 11,88 € | INTERIM
            LIB | Serveur H/F | Notre agence recrute un serveur pour un restaurant | FREELANCE
            LIB | Formateur en administration de réseaux | | FREELANCE
            CDI | Administrateur système et réseau | Type de contrat : IntérimTemps de travail : 35h | CDI
            | Administrateur système et réseau | Type de contrat : CDITemps plein | CDI
            | Administrateur | Type de contrat : Internship | INTERNSHIP
            """)
    void aFeedsLibIsOutweighedByTheContractTheTextStates(String field, String title, String description,
            ContractType type) {
        assertEquals(Optional.of(type), parser.parse(field, title, description));
    }

    @Test
    void nothingStatedIsEmpty() {
        assertEquals(Optional.empty(), parser.parse(null, null, null));
        assertEquals(Optional.empty(), parser.parse("  ", "Data Scientist", "We build models."));
    }

    @Test
    void upperCaseUnderTurkishLocale() {
        assertEquals(Optional.of(ContractType.INTERIM), parser.parse("MISSION INTÉRIMAIRE - 3 MOIS", null, null));
        assertEquals(Optional.of(ContractType.INTERNSHIP), parser.parse(null, "STAGIAIRE INFORMATIQUE", null));
    }
}
