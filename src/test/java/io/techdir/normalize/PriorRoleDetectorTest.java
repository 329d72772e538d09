package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Prior technical-director experience: real descriptions that mention a CTO or directeur
 * technique without asking for that experience, and constructed requests.
 */
class PriorRoleDetectorTest {

    private static final PriorRoleDetector DETECTOR = new PriorRoleDetector();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # title | description (excerpt) | asks | source
            Administrateur Systèmes / Devops (H/F) | Rattaché au Directeur technique, vous intégrerez une équipe à taille humaine au sein de nos locaux basés sur Les Herbiers. | false | ft-2024-11-it-1049.json id 184MXNR
            - | Vous interviendrez sous la responsabilité du Directeur technique de l'agence. | false | ft-2024-11-it-1049.json id 182MYLB
            Administrateur Système (SysAdmin) H/F | Le SysAdmin jouera un rôle clé dans l'administration des systèmes, en collaboration directe avec le CTO. Autonomie : Capacité à travailler de manière autonome. | false | ft-2024-11-it-1049.json id 7978431
            - | En tant que Head of QA, vous serez directement rattaché(e) au CTO et vous aurez pour mission de : | false | ft-2024-11-it-1049.json id 7703476
            - | En tant que Deputy CTO, vous serez directement rattaché(e) au CTO et prendrez en charge le pilotage technique. Nous recherchons un(e) Deputy CTO doté(e) des compétences suivantes : · Minimum 5 ans d'expérience en développement et 3 à 5 ans dans le management d'équipe | false | ft-2024-11-it-1049.json id 7700530
            - | 1er échange avec Claire-Noëlle puis, entretien technique avec le CTO et le DevOps, et enfin, le reste de l'équipe. | false | ft-2024-11-it-1049.json id 7639019
            - | prendre des responsabilités transverses au sein de notre entité pour évoluer vers un poste de directeur technique. | false | ft-2024-11-it-1049.json id 7336256
            - | Sous la direction d'un directeur technique expert du domaine, vous nous aiderez à accompagner et conseiller nos clients | false | ft-2024-11-it-1049.json id 7335882
            - | Principal software engineers report directly to the CTO and work closely with the director of engineering to support all aspects of developing and operating our products. | false | glassdoor-2020.csv row 133
            - | We are looking for a scientist with software development or data engineering background to join our research team which reports directly to the CTO. | false | glassdoor-2020.csv row 556
            Directeur technique H/F | En tant que Directeur technique, vous pilotez l'équipe de développement et la feuille de route produit. | false | constructed: the posting describes its own job
            CTO | Fort de votre expérience, vous rejoignez l'équipe en tant que CTO et prenez en charge l'architecture. | false | constructed: the posting describes its own job
            - | Vous succéderez à l'ancien directeur technique, parti à la retraite. | false | constructed: succession, not a requirement
            - | Vous justifiez d'une expérience réussie de directeur technique dans un éditeur de logiciels. | true | constructed
            - | Idéalement ancien CTO d'une start-up SaaS. | true | constructed
            - | You are a former CTO or VP Engineering of a scale-up. | true | constructed
            - | Vous avez au moins 5 ans d'expérience en tant que Directeur / Directrice technique. | true | constructed
            - | 3+ years of experience as a CTO. | true | constructed
            - | Vous avez été CTO d'une entreprise de plus de 50 personnes. | true | constructed
            - | Une première expérience en tant que lead dev ou CTO est requise. | true | constructed: alternative
            - | Ex-CTO bienvenu. | true | constructed
            - | Profil : parcours de 10 ans dont 3 au poste de directeur R&D. | true | constructed
            - | - | false | nothing
            """)
    void asks(String title, String description, boolean asks, String source) {
        assertEquals(asks, DETECTOR.asksPriorTechnicalDirector(title, description), source);
    }

    @Test
    void sameUnderTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(true, DETECTOR.asksPriorTechnicalDirector(null, "IDEALEMENT ANCIEN DIRECTEUR TECHNIQUE"));
            assertEquals(false, DETECTOR.asksPriorTechnicalDirector("DIRECTEUR TECHNIQUE", null));
        } finally {
            Locale.setDefault(saved);
        }
    }

    /**
     * A text's tokens are read in place (a {@link TokenList}: repeats told by key, mentions
     * looked for only at a first word, texts without a whole role ruled out before the tokens
     * with punctuation are made): the answer is the one the tokens as plain strings give, on
     * the real lines and on texts built to trip the shortcuts (repeats, punctuation inside a
     * role, a first word without the rest).
     */
    @Test
    void tokensReadInPlaceGiveTheAnswerOfThePlainTokens() {
        List<String> texts = new ArrayList<>(GatedPatternTest.texts());
        texts.addAll(List.of(
                "Vous avez une expérience de directeur directeur technique.",
                "Expérience de directeur. Technique de pointe.",
                "Expérience réussie de directeur, technique et humaine.",
                "Vous avez été head of of engineering dans une scale-up.",
                "Vous avez été head, of engineering dans une scale-up.",
                "Engineering team, technical stack, head office: vous avez été vp.",
                "Ancien CTO / CTO adjoint, vous rejoignez l'équipe.",
                "En tant que Directeur / Directrice R & D, vous avez été directeur r et d.",
                "Experience as a technical technical director is a plus."));
        int positives = 0;
        for (String text : texts) {
            PreparedText prepared = PreparedText.forPosting(text);
            boolean plain = PriorRoleDetector.asks(new ArrayList<>(RoleText.textTokens(text, true)));
            assertEquals(plain, DETECTOR.asksPrepared(PreparedText.of(null), prepared), text);
            assertEquals(plain, PriorRoleDetector.asks(prepared.wordsAndPunctuation()), text);
            positives += plain ? 1 : 0;
        }
        assertEquals(true, positives >= 4, "texts that ask for a prior role: " + positives);
    }
}
