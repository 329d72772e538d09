package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.TurkishLocale;
import io.techdir.posting.RemoteWork;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RemoteWorkParser}. Rows are lines of real postings (file and record given); the last
 * ones are traps, words about tasks that are not a work arrangement. Runs under a Turkish
 * default locale.
 */
@ExtendWith(TurkishLocale.class)
class RemoteWorkParserTest {

    private final RemoteWorkParser parser = new RemoteWorkParser();

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # file (francetravail/ft-2024-11-*, glassdoor/glassdoor-2020.csv) | record | description | expected
            ft-it  | 8391487 | - Télétravail partiel possible | HYBRID
            ft-it  | 7865450 | elle se traduit notamment par un mode de travail hybride et la possibilité d'alterner entre présence chez nos clients | HYBRID
            ft-it  | 7817520 | Ce que nous vous proposons :Un accord télétravail pour télétravailler jusqu'à 2 jours par semaine selon vos tâches | HYBRID
            ft-it  | 184QCHV | * Poste hybride présentiel/télétravail (2 à 3 jours possible selon autonomie) | HYBRID
            ft-it  | 8426522 | Télétravail : 2j/ semaine | HYBRID
            ft-it  | 8336021 | Un jour de télétravail par semaine. | HYBRID
            ft-it  | 7552707 | - 10 jours de télétravail par mois | HYBRID
            ft-it  | 184PVJH | pour une mission située à Vélisy (78) (télétravail 2/3 jours par semaine) avec un démarrage ASAP | HYBRID
            ft-it  | 7680524 | Télétravail autorisé : 2 jours par semaine Max - Pas de télétravail pendant la phase d'onboarding (~ 4 mois). | HYBRID
            ft-it  | 7638122 | Lieu du poste : En présentiel\\nTélétravail : 2.5 jours/semaine | HYBRID
            ft-it  | 183YHPT | Télétravail : non | ON_SITE
            ft-it  | 8441544 | Télétravail : pas de télétravail possible sur cette mission | ON_SITE
            ft-it  | 184DJFN | - Mission 100 % en présentiel (pas de télétravail). | ON_SITE
            ft-it  | 8516397 | Le poste est en 100% présentiel, l'entreprise est familiale et vous serez en interaction avec les différents interlocuteurs | ON_SITE
            ft-it  | 8466621 | Lieu du poste : En présentiel | ON_SITE
            ft-it  | 7850134 | avec la possibilité de 3 jours de télétravail par semaine, ou en télétravail intégral pour les candidats éloignés d'Amiens. | REMOTE
            gd     | 192     | This is a remote contract position that works with multiple departments throughout the organization | REMOTE
            gd     | 619     | in our New York City or Washington, DC office, but we will consider remote work for the right candidate. | REMOTE
            gd     | 264     | This is a full time, on-site position at our studio in San Mateo, CA. | ON_SITE
            gd     | 704     | This position is located in San Francisco, CA. It is not a remote role.\\nFridays are Work From Home days at Life360 | ON_SITE
            gd     | 918     | ONSITE ONLY | ON_SITE
            gd     | 281     | Flex Time and Remote Work Options | HYBRID
            gd     | 106     | Travel Required:\\n\\nLess than 10%\\n\\nTelecommuting Options:\\n\\nTelecommuting Not Allowed\\n | ON_SITE
            gd     | 353     | is a full-time position at our office in Palo Alto, CA (no telecommuting) | ON_SITE
            gd     | 519     | Philadelphia, PA\\n\\nTelecommuter?\\n\\n\\nNo\\n\\nID**\\n\\n18676 | ON_SITE
            gd     | 374     | Initially, this role is going to be all-remote\\n\\nQualifications: | REMOTE
            ft-it  | 7487570 | en plus des 25 jours de CP / Mode de travail : hybride / Accès au CSE | HYBRID
            ft-it  | 7964533 | Ce que vous allez vivre chez nousTélétravail (2 jours par semaine)Rémunération fixe | HYBRID
            ft-it  | 6940553 | sur un poste similaireAVANTAGESCadreTélétravail possibleProfil recherché | HYBRID
            ft-it  | 184BNWZ | avec une expertise en services RDS (Remote Desktop Services), téléphonie IP et gestion d'Active Directory (AD). |
            ft-mixed | 184GCKG | - Formation au poste sur site |
            ft-it  | 183XLDB | Effectuer des installations pour les clients entièrement à distance |
            ft-it  | 184KWTS | Assister les utilisateurs à distance dans la résolution de leurs demandes |
            gd     | 13      | on-site gym with fitness classes |
            gd     | 1       | security capabilities related to remote sensing, human language technologies |
            """)
    void readsTheDescription(String file, String record, String description, RemoteWork expected) {
        assertEquals(Optional.ofNullable(expected), parser.parse(null, description.replace("\\n", "\n")), record);
    }

    /** The examples the brief gives, and titles. */
    @ParameterizedTest(name = "''{0}'' / ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            | télétravail partiel | HYBRID
            | Poste hybride | HYBRID
            | 2 jours de télétravail | HYBRID
            | full remote | REMOTE
            | 100 % télétravail | REMOTE
            | pas de télétravail | ON_SITE
            | Poste basé sur site à Lyon. | ON_SITE
            Data Engineer 4 - Contract (Remote) | | REMOTE
            Data Engineer - Remote | Office in Austin. | REMOTE
            Technicien support sur site (H/F) | | ON_SITE
            Développeur full stack - hybride | | HYBRID
            """)
    void examplesAndTitles(String title, String description, RemoteWork expected) {
        assertEquals(Optional.of(expected), parser.parse(title, description));
    }

    @Test
    void pasDeFullRemoteOnlyRulesOutRemote() {
        assertEquals(Optional.of(RemoteWork.HYBRID),
                parser.parse(null, "Télétravail 2 jours par semaine, pas de full remote."));
    }

    @Test
    void nothingSaidIsEmpty() {
        assertEquals(Optional.empty(), parser.parse(null, null));
        assertEquals(Optional.empty(), parser.parse("Directeur technique", "Vous pilotez la DSI."));
    }

    @Test
    void upperCaseUnderTurkishLocale() {
        assertEquals(Optional.of(RemoteWork.HYBRID), parser.parse(null, "POSSIBILITE DE TELETRAVAILLER 2 JOURS/SEMAINE"));
    }
}
