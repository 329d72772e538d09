package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Skill groups from France Travail competences, description excerpts and role-description text. */
class SkillsDetectorTest {

    private static final SkillsDetector DETECTOR = new SkillsDetector();

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # title                                | text                                                                                                   | groups (space-separated)                  | source
            -                                      | Administrer un système d'informations. Gérer la sécurité informatique. Règles de sécurité.              | TECHNICAL                                 | France Travail competences (ft-2024-11-it-1049.json, most frequent labels)
            -                                      | Communiquer auprès de ses clients internes et externes                                                  | COMMUNICATION                             | France Travail competence label (ft-2024-11-it-1049.json)
            -                                      | Gérer les droits d'accès des utilisateurs                                                               | -                                         | France Travail competence label: access rights are not law
            -                                      | Entretenir un espace urbain. Collecter des déchets ménagers ou industriels. Règles de sécurité.          | -                                         | France Travail competences (ft-2024-11-mixed-521.json)
            DBA SQL/Big Data (H/F)                 | Affinités avec les bases de données et maîtrise des domaines de la business intelligence, du big data et du cloud | TECHNICAL                  | ft-2024-11-it-1049.json id 184TLPS
            -                                      | Vous managez une équipe de 15 personnes, pilotez le budget de la DSI et les relations avec les fournisseurs et prestataires ; excellentes qualités relationnelles ; connaissances juridiques et financières (RGPD). | TECHNICAL MANAGEMENT COMMUNICATION LAW_FINANCE | constructed: the role description's four groups
            -                                      | Juridique, communication, budget, cloud                                                                 | TECHNICAL MANAGEMENT COMMUNICATION LAW_FINANCE | constructed: output order is fixed
            -                                      | Lead a team of engineers, own the budget, communicate with stakeholders, GDPR compliance, AWS cloud architecture | TECHNICAL MANAGEMENT COMMUNICATION LAW_FINANCE | constructed: English
            -                                      | Maîtrise des technologies de l'information et de la communication                                     | TECHNICAL                                 | constructed: TIC is technical, not communication
            Directeur des systèmes d'information   | -                                                                                                      | TECHNICAL                                 | constructed: the title counts
            -                                      | Présentation de l'entreprise : leader du recyclage. Système de management de la qualité ISO 9001.      | -                                         | constructed: headings and QMS are no skill
            -                                      | Gestion de projets, encadrement d'une équipe de 5 techniciens                                         | MANAGEMENT                                | constructed
            -                                      | -                                                                                                      | -                                         | nothing
            -                                      | Experience in Data management, Data Engineering; prepares and presents data/reports to management      | -                                         | glassdoor-2020.csv: data management and reporting to management are no management skill
            -                                      | A leading financial services company. Must have the legal right to work in the United States; E-Verify with the Social Security Administration | - | glassdoor-2020.csv: an industry and hiring boilerplate
            -                                      | Technicien réseau d'assainissement, travaux de voirie et réseaux divers, conformément à la réglementation en vigueur | - | ft-2024-11-mixed-521.json: pipes and roads, boilerplate
            -                                      | Patch management of Windows servers, budget owner                                                       | MANAGEMENT                                | constructed: a block leaves the other words
            """)
    void groups(String title, String text, String groups, String source) {
        List<String> expected = groups == null ? List.of() : Arrays.asList(groups.split(" "));
        assertEquals(expected, DETECTOR.detect(title, text), source);
    }

    @Test
    void noRepeatsAndImmutable() {
        List<String> found = DETECTOR.detect("Cloud architect", "cloud, cloud, AWS, Azure, réseaux, telecoms");
        assertEquals(List.of(SkillsDetector.TECHNICAL), found);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> found.add("X"));
    }

    @Test
    void sameUnderTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(List.of(SkillsDetector.TECHNICAL, SkillsDetector.LAW_FINANCE),
                    DETECTOR.detect("DIRECTEUR INFORMATIQUE", "CONFORMITE RGPD, SECURITE INFORMATIQUE"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    /**
     * A source's own skill labels (France Travail {@code competences}) are read as a text of their
     * own: they add their groups, and a phrase does not run from the description's last words into
     * the labels' first ("... en gestion" + "de projet" is no project management).
     */
    @Test
    void skillLabelsAreReadOnTheirOwn() {
        PreparedText title = PreparedText.of(null);
        assertEquals(List.of(SkillsDetector.TECHNICAL, SkillsDetector.MANAGEMENT),
                DETECTOR.detectPrepared(title, PreparedText.forPosting("Administrer un système d'informations."),
                        "Gestion de projet"));
        assertEquals(List.of(SkillsDetector.MANAGEMENT),
                DETECTOR.detectPrepared(title, PreparedText.forPosting(null), "Gestion de projet"));
        assertEquals(List.of(), DETECTOR.detectPrepared(title, PreparedText.forPosting("Poste en gestion"), "de projet"));
        assertEquals(List.of(SkillsDetector.MANAGEMENT),
                DETECTOR.detectPrepared(title, PreparedText.forPosting("Poste en gestion de projet"), null));
    }
}
