package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One France Travail "Offres d'emploi v2" offer (an element of {@code resultats}) as a {@link
 * RawPosting}: a pure function of the offer's JSON tree. Field by field:
 *
 * <pre>
 * id -&gt; sourceId                 intitule -&gt; title           entreprise.nom -&gt; company
 * lieuTravail.libelle -&gt; location lieuTravail.codePostal -&gt; postalCode        country "FR"
 * typeContrat -&gt; contract        experienceLibelle -&gt; experienceText
 * experienceExige -&gt; experienceRequirement (E, S or D)   description -&gt; description
 * salaire.libelle, .commentaire, .complement1, .complement2 -&gt; salaryText (joined " ; ")
 * formations[] -&gt; educationText "niveauLibelle domaineLibelle : commentaire (exigence)", " ; "
 * origineOffre.urlOrigine -&gt; url  dateCreation -&gt; datePosted  codeNAF -&gt; nafCode
 * secteurActiviteLibelle -&gt; sectorLabel  trancheEffectifEtab -&gt; companySize  romeCode
 * attributes: appellationlibelle, qualificationLibelle, competences (libelles, " ; "),
 *   alternance, natureContrat, typeContratLibelle, dureeTravailLibelleConverti,
 *   experienceCommentaire, entreprise.description -&gt; companyDescription
 * </pre>
 */
final class FranceTravailOffer {

    /** The source name of France Travail postings. */
    static final String SOURCE = "francetravail";
    /** Separator of several values joined into one text field. */
    static final String JOIN = " ; ";
    private static final List<String> ATTRIBUTES = List.of("appellationlibelle",
            "qualificationLibelle", "alternance", "natureContrat", "typeContratLibelle",
            "dureeTravailLibelleConverti", "experienceCommentaire");

    private FranceTravailOffer() {
    }

    /** The offer as a posting, or a reject when it has no {@code id} or no {@code intitule}. */
    static SourceRecord toRecord(JsonNode offer, String record, String source) {
        String id = text(offer, "id");
        if (id == null) {
            return new Reject(source, record, RejectCodes.MISSING_SOURCE_ID, record
                    + ": missing id ''; expected the offer's id in field 'id'");
        }
        String title = text(offer, "intitule");
        if (title == null) {
            return new Reject(source, record, RejectCodes.MISSING_TITLE, record
                    + ": missing intitule ''; expected the offer's title in field 'intitule'");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            put(attributes, name, text(offer, name));
        }
        List<String> skills = new ArrayList<>();
        offer.path("competences").forEach(c -> add(skills, text(c, "libelle")));
        put(attributes, "competences", join(skills));
        put(attributes, RawPosting.COMPANY_DESCRIPTION, text(offer, "entreprise", "description"));
        return RawPosting.builder(source, record)
                .sourceId(id)
                .title(title)
                .company(text(offer, "entreprise", "nom"))
                .location(text(offer, "lieuTravail", "libelle"))
                .postalCode(text(offer, "lieuTravail", "codePostal"))
                .country("FR")
                .contract(text(offer, "typeContrat"))
                .salaryText(salary(offer.path("salaire")))
                .experienceText(text(offer, "experienceLibelle"))
                .experienceRequirement(text(offer, "experienceExige"))
                .educationText(education(offer.path("formations")))
                .description(text(offer, "description"))
                .url(text(offer, "origineOffre", "urlOrigine"))
                .datePosted(text(offer, "dateCreation"))
                .nafCode(text(offer, "codeNAF"))
                .sectorLabel(text(offer, "secteurActiviteLibelle"))
                .companySize(text(offer, "trancheEffectifEtab"))
                .romeCode(text(offer, "romeCode"))
                .attributes(attributes)
                .build();
    }

    private static String salary(JsonNode salaire) {
        List<String> parts = new ArrayList<>();
        for (String name : List.of("libelle", "commentaire", "complement1", "complement2")) {
            add(parts, text(salaire, name));
        }
        return join(parts);
    }

    private static String education(JsonNode formations) {
        List<String> items = new ArrayList<>();
        for (JsonNode f : formations) {
            List<String> words = new ArrayList<>();
            add(words, text(f, "niveauLibelle"));
            add(words, text(f, "domaineLibelle"));
            String item = String.join(" ", words);
            String comment = text(f, "commentaire");
            if (comment != null) {
                item = item.isEmpty() ? comment : item + " : " + comment;
            }
            String requirement = text(f, "exigence");
            if (requirement != null) {
                item = item.isEmpty() ? "(" + requirement + ")" : item + " (" + requirement + ")";
            }
            add(items, item);
        }
        return join(items);
    }

    /** The trimmed text of a scalar at {@code path}, or null when absent, null, empty or not a scalar. */
    static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String name : path) {
            n = n.path(name);
        }
        if (!n.isValueNode() || n.isNull()) {
            return null;
        }
        String text = n.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static void add(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }

    private static void put(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static String join(List<String> parts) {
        return parts.isEmpty() ? null : String.join(JOIN, parts);
    }
}
