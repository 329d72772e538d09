package io.techdir.normalize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds which of the role description's skill groups a posting asks for (NORMALIZATION.md,
 * "Employer and skills"): {@code TECHNICAL}, {@code MANAGEMENT}, {@code COMMUNICATION},
 * {@code LAW_FINANCE}, from French and English keywords of the title and the text (pass France
 * Travail {@code competences} labels inside the description).
 *
 * <p>The keyword table is in this class: a phrase is matched as whole words, case- and
 * accent-insensitively, longest first, so "technologies de l'information et de la
 * communication" is technical and not also communication, and "droits d'accès" is not law.
 * Words too common in every posting ("équipe", "contrat", "sécurité", "projet") count only in
 * phrases ("management d'équipe", "gestion de projet", "sécurité informatique").
 */
public final class SkillsDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Information systems, telecoms, cloud, security, architecture. */
    public static final String TECHNICAL = "TECHNICAL";
    /** Team, project, budget, suppliers and contractors. */
    public static final String MANAGEMENT = "MANAGEMENT";
    /** Communication and interpersonal skills. */
    public static final String COMMUNICATION = "COMMUNICATION";
    /** Law, regulation, compliance and finance. */
    public static final String LAW_FINANCE = "LAW_FINANCE";
    private static final List<String> ORDER = List.of(TECHNICAL, MANAGEMENT, COMMUNICATION,
            LAW_FINANCE);

    /** The skill groups, in the order {@link #detect} lists them. */
    public static final List<String> GROUPS = ORDER;

    /** Each phrase bound to its group's position in {@link #ORDER}. */
    private static final RolePhrases<Integer> PHRASES = table();

    /** A detector; all state is in static tables. */
    public SkillsDetector() {
    }

    /**
     * Skill groups the text asks for, in this order, no repeats: TECHNICAL (information
     * systems, telecoms, cloud, security, architecture), MANAGEMENT (team, project, budget,
     * suppliers), COMMUNICATION, LAW_FINANCE.
     *
     * @param title the posting's title, or null
     * @param description the posting's text, or null
     * @return the groups found; empty when none (never null)
     */
    public List<String> detect(String title, String description) {
        return detectPrepared(PreparedText.of(title), PreparedText.of(description));
    }

    /** {@link #detect(String, String)} of a prepared title and description. */
    List<String> detectPrepared(PreparedText title, PreparedText description) {
        return detectPrepared(title, description, null);
    }

    /**
     * {@link #detectPrepared(PreparedText, PreparedText)}, with the source's own skill labels
     * (France Travail {@code competences}, or null) read as a text of their own: a phrase does not
     * run from the description's last words into the labels' first.
     */
    List<String> detectPrepared(PreparedText title, PreparedText description, String labels) {
        String t = title.raw();
        int seen = t == null ? 0 : TITLE_GROUPS.get(t, key -> groups(title.words()));
        seen |= groups(description.words());
        if (labels != null && !labels.isBlank()) {
            seen |= LABEL_GROUPS.get(labels, key -> groups(PreparedText.of(key).words()));
        }
        List<String> out = new ArrayList<>(ORDER.size());
        for (int i = 0; i < ORDER.size(); i++) {
            if ((seen & 1 << i) != 0) {
                out.add(ORDER.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** The groups found in the words, as bits of their positions in {@link #ORDER}. */
    private static int groups(List<String> words) {
        int[] seen = {0};
        PHRASES.scan(words, (group, at) -> seen[0] |= 1 << group);
        return seen[0];
    }

    /** {@link #groups} of the titles already seen (boards repeat titles). */
    private static final Memo<String, Integer> TITLE_GROUPS = new Memo<>(8192);
    /** {@link #groups} of the skill labels already seen (a board's labels come from its list). */
    private static final Memo<String, Integer> LABEL_GROUPS = new Memo<>(8192);

    private static RolePhrases<Integer> table() {
        RolePhrases<Integer> t = new RolePhrases<>();
        Integer technical = ORDER.indexOf(TECHNICAL);
        Integer management = ORDER.indexOf(MANAGEMENT);
        Integer communication = ORDER.indexOf(COMMUNICATION);
        Integer lawFinance = ORDER.indexOf(LAW_FINANCE);
        for (String p : new String[] {
            "systeme d information", "systemes d information", "systeme d informations",
            "systemes d informations", "dsi", "information system",
            "information systems", "systemes informatiques", "systeme informatique",
            "technologies de l information et de la communication",
            "systemes d information et de communication", "ntic", "tic",
            "infrastructure informatique", "infrastructures informatiques", "infrastructure it",
            "infrastructures it", "infrastructure", "infrastructures", "reseau informatique",
            "reseaux informatiques", "reseaux", "reseau", "network", "networks", "telecom",
            "telecoms", "telecommunication", "telecommunications", "cloud", "aws", "azure", "gcp",
            "google cloud", "saas", "iaas", "paas", "datacenter", "data center", "virtualisation",
            "cybersecurite", "cybersecurity", "cyber securite", "securite informatique",
            "securite des systemes d information", "securite du si", "ssi", "rssi", "security",
            "architecture", "architectures", "architecture technique", "architecture si",
            "urbanisation", "erp", "devops", "logiciel", "logiciels", "software"}) {
            t.add(p, technical);
        }
        for (String p : new String[] {
            "management", "manager une equipe", "manager des equipes", "manager les equipes",
            "manager l equipe", "encadrement", "encadrer", "encadrerez", "encadrez",
            "management d equipe", "management des equipes", "gestion d equipe",
            "gestion des equipes", "animer une equipe", "animer les equipes",
            "animation d equipe", "animation des equipes", "diriger une equipe",
            "diriger les equipes", "piloter une equipe", "piloter les equipes", "team management",
            "manage a team", "managing a team", "lead a team", "leading teams", "leadership",
            "gestion de projet", "gestion de projets", "conduite de projet", "conduite de projets",
            "pilotage de projet", "pilotage de projets", "pilotage des projets",
            "project management", "program management", "programme management", "budget",
            "budgets", "budgetaire", "gestion budgetaire", "p&l", "fournisseurs", "prestataires",
            "sous traitants", "sous traitance", "suppliers", "vendors", "vendor management",
            "contractors"}) {
            t.add(p, management);
        }
        for (String p : new String[] {
            "communication", "communiquer", "communication skills", "relationnel",
            "relationnelle", "relationnelles", "relationnels", "aisance relationnelle",
            "sens du relationnel", "qualites relationnelles", "pedagogie", "pedagogue",
            "negociation", "negocier", "prise de parole", "presentation", "presentations",
            "stakeholders", "stakeholder", "parties prenantes", "interpersonal", "communicate",
            "redactionnel", "redactionnelles", "ecoute", "adapter son discours"}) {
            t.add(p, communication);
        }
        for (String p : new String[] {
            "juridique", "juridiques", "droit des contrats", "droit du travail", "droit social",
            "droit des affaires", "droit informatique", "droit du numerique", "legal",
            "reglementation", "reglementations", "reglementaire", "reglementaires", "rgpd", "gdpr",
            "conformite", "compliance", "regulatory", "finance", "finances", "financier",
            "financiers", "financieres", "financial", "comptabilite", "comptable",
            "controle de gestion", "fiscal", "fiscale", "fiscalite", "contractuel",
            "contractuelle", "contractuels", "marches publics", "propriete intellectuelle"}) {
            t.add(p, lawFinance);
        }
        t.block("droits d acces");
        t.block("droit d acces");
        t.block("systeme de management de la qualite");
        t.block("presentation de l entreprise");
        t.block("presentation du poste");
        t.block("presentation de la societe");
        t.block("reseaux sociaux");
        t.block("reseau d agences");
        t.block("reseau de franchise");
        t.block("reseau franchise");
        t.block("reseau commercial");
        t.block("reseau de distribution");
        // Other senses, found by reading the 3 526 real postings' groups (2026-11-27): a company's
        // industry or a benefit ("financial services", "financial counseling"), hiring boilerplate
        // ("legal right to work", "Social Security"), management of things, not of people or
        // projects ("data management", "patch management"), networks that are pipes and roads.
        for (String p : new String[] {
            "financial services", "financial service", "financial institution", "financial institutions",
            "financial counseling", "financial wellness", "financial wellbeing", "financial planning services",
            "legal right to work", "legally authorized", "legally eligible", "reglementation en vigueur",
            "data management", "patch management", "configuration management", "workflow management",
            "information management", "database management", "content management", "identity management",
            "access management", "management services", "to management", "un management a l ecoute",
            "security clearance", "social security", "homeland security", "securite incendie",
            "reseau d assainissement", "reseaux d assainissement", "voirie et reseaux", "voirie reseaux",
            "voiries et reseaux", "reseau de chaleur", "reseaux de chaleur", "reseau d eau", "reseaux d eau",
            "reseau electrique", "reseaux electriques", "reseau routier", "reseau ferroviaire"}) {
            t.block(p);
        }
        return t;
    }
}
