package io.techdir.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The vocabularies load, hold every group the generator asks for, and fail with clear messages. */
class VocabularyTest {

    private final Vocabulary v = Vocabulary.get();

    @ParameterizedTest
    @ValueSource(strings = {"IT", "INDUSTRY", "CONSTRUCTION", "HOSPITALITY", "CULTURE", "SPORT"})
    void everyTechnicalDirectorDomainHasTitlesIntroductionsAndMissions(String sector) {
        assertNotNull(v.titles("FR", TitleEntry.TECHNICAL_DIRECTOR, sector), sector);
        assertTrue(v.sentences("intro." + sector).length > 0);
        assertTrue(v.sentences("mission.td." + sector).length > 0);
        assertTrue(v.companyForms("form." + sector).length > 0);
    }

    @Test
    void everyTitleSectorHasMissionsAndEmployerForms() {
        for (String market : new String[] {"FR", "US"}) {
            for (String group : new String[] {"TECHNICAL_DIRECTOR", "CIO", "GENERAL_MANAGEMENT", "INDUSTRIAL_DIRECTOR",
                "SALES_DIRECTOR", "TRAP", "OTHER"}) {
                for (TitleEntry t : v.titles(market, group).items()) {
                    assertFalse(t.title().contains("["), "source tag removed: " + t.title());
                    assertTrue(t.english() || v.sentencesOrNone("mission." + t.sector()).length > 0, t.toString());
                    assertTrue(v.companyForms("form." + t.sector()).length > 0, t.toString());
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"Saint-Étienne, ST ETIENNE", "Aix-en-Provence, AIX EN PROVENCE", "Vélizy-Villacoublay, VELIZY VILLACOUBLAY",
        "Le Kremlin-Bicêtre, LE KREMLIN BICETRE", "Écully, ECULLY"})
    void franceTravailWritesCitiesUpperCaseWithoutAccents(String city, String expected) {
        // francetravail/ft-2024-11-it-1049.json lieuTravail: "13 - AIX EN PROVENCE", "78 - VELIZY VILLACOUBLAY"
        assertEquals(expected, Vocabulary.franceTravailCity(city));
    }

    @Test
    void templatesFillTheirSlots() {
        String[] slots = Template.slots();
        slots[Template.Slot.N.ordinal()] = "5";
        Template t = Template.parse("Vous disposez d'au moins {n} ans d'expérience.", "test:1");
        assertEquals("Vous disposez d'au moins 5 ans d'expérience.", t.render(slots));
        assertTrue(t.uses(Template.Slot.N));
        assertFalse(t.uses(Template.Slot.A));
    }

    @Test
    void anUnknownPlaceholderNamesTheFileLineAndTheChoices() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Template.parse("Salaire {pay}", "generate/sentences.csv:12"));
        assertEquals("generate/sentences.csv:12: unknown placeholder '{pay}'; expected one of "
                + "[company, city, team, age, months, n, a, b, word, salary, stem]", e.getMessage());
    }

    @Test
    void anUnclosedPlaceholderIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Template.parse("Salaire {salary", "generate/sentences.csv:3"));
        assertEquals("generate/sentences.csv:3: unclosed placeholder in 'Salaire {salary'; expected {name}",
                e.getMessage());
    }

    @Test
    void aMissingSentenceGroupIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> v.sentences("mission.SPACE"));
        assertEquals("generate/sentences.csv: no sentence in group 'mission.SPACE'; expected at least one",
                e.getMessage());
    }
}
