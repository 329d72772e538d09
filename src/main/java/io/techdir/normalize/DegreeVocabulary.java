package io.techdir.normalize;

import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of degrees, as tables over folded text: levels ("Bac+5", "Master 2", "RNCP niveau
 * 7", "BTS", "Bachelor's"), kinds (engineering, computer and business schools, MBA, university,
 * PhD) and disciplines ({@code COMPUTER_SCIENCE}, {@code ENGINEERING}, ...). Single words are
 * looked up in a map; phrases are patterns tried only near one of their trigger words, since
 * long regular-expression alternations run over a whole description cost milliseconds. A table,
 * hence its length; the matching logic is in {@link DegreeScanner}.
 */
final class DegreeVocabulary {

    /**
     * What a word or phrase names.
     *
     * @param level level it names, or null
     * @param kind kind it names, or null
     * @param needsCue in a description, counts only in a clause that speaks of degrees (some
     *     other word such as "diplôme", "formation", "issu", "degree", "Bac")
     * @param upperCase in a description, counts only where the original is upper case (CAP,
     *     BUT, MS, M2: ordinary words or units otherwise)
     */
    record Rule(DegreeLevel level, DegreeKind kind, boolean needsCue, boolean upperCase) {
    }

    /** A phrase: a folded pattern tried around each occurrence of one of its triggers. */
    record Phrase(GatedPattern pattern, List<String> triggers, Rule rule) {
    }

    /**
     * A discipline word: {@code text} is a whole word, a word prefix ({@code prefix}) or a
     * phrase of several words (contains a space or an apostrophe).
     */
    record FieldWord(String text, boolean prefix, String name) {
    }

    /** "Bac+5", "Bac +3/5", "bac+2 à bac+5", "Bac+5 et plus", "> Bac +5". */
    static final GatedPattern BAC_PLUS = GatedPattern.of(
            "(>\\s*)?\\bbac\\s*\\+\\s*([1-8])((?:\\s*(?:/|a|-|ou|,|et|&)\\s*(?:bac\\s*)?\\+?\\s*[1-8]"
                    + "(?![\\d.,]|\\s*(?:ans?|annees?|mois|k|%|jours?|years?)\\b))*)(\\s*et plus)?", ">", "\\bbac");
    /** A digit inside a {@link #BAC_PLUS} chain. */
    static final Pattern DIGIT = Pattern.compile("[1-8]");
    /** RNCP / European levels: "titre RNCP niveau 6", "diplôme de niveau 7", "niveau I". */
    static final Phrase RNCP = new Phrase(GatedPattern.of(
            "\\b(?:rncp|titre|diplome|certification|qualification)[^.\\n;:]{0,30}?\\bniveau\\s*([3-8]|i{1,3}|iv|v)\\b"
                    + "|\\bniveau\\s*([3-8])\\s*\\(?\\s*(?:rncp|europeen|eqf|cec)"
                    + "|\\brncp\\s*(?:de\\s*)?(?:niveau\\s*)?([3-8])\\b", "\\brncp", "\\btitre", "\\bdiplome",
            "\\bcertification", "\\bqualification", "\\bniveau"), List.of("niveau", "rncp"), null);
    /** An agency's boilerplate about whom it places ("recrutements de profils Bac +2 à Bac +5"). */
    static final Pattern NOT_REQUIREMENT_BEFORE = Pattern.compile("(?:recrutements?|placement) (?:de|des) profils?\\s*$");
    /** What every {@link #NOT_REQUIREMENT_BEFORE} match holds. */
    static final String PROFILE = "profil";
    /** Plain "Bac": in a description, a level only with one of these before or after it. */
    static final Pattern BAC_CUE_BEFORE = Pattern.compile(
            "(?:niveau|titulaire d'un|titulaire du|diplome|type|obtention du|formation|avoir le|un|le)\\s*$");
    static final Pattern BAC_CUE_AFTER = Pattern.compile(
            "\\s*(?:pro\\b|professionnel|technologique|general|ou equivalent|minimum|requis|exige|obligatoire"
                    + "|s\\b|es\\b|stmg|sti)");
    /** Not a diploma: "bac à sable", "bac de rétention", "Bac+..." (read by {@link #BAC_PLUS}). */
    static final Pattern NOT_BAC_AFTER = Pattern.compile("\\s*(?:\\+|a sable|a ordures|de )");
    /** "Master" words that are not degrees: scrum master, master data, ... */
    static final Pattern NOT_MASTER_BEFORE = Pattern.compile(
            "(?:scrum|web|quartier-|post|head|grand|maitre|bourg)\\s*-?\\s*$|\\b(?:les|des|ses|nos|vos|ces|aux) $"
                    // a workstation image: "mettre en production du master", "déployer le master"
                    + "|\\b(?:production|deployer|deploiement|deployment) (?:du|le|un|d'un|the|a) $");
    static final Pattern NOT_MASTER_AFTER = Pattern.compile(
            "\\s*[-/]?\\s*(?:data|class|plan|node|file|agreement|key|branch|slave|card|mind|chef|mdm|de ceremonie"
                    + "|du monde|of ceremon|scheduler|server|serveur|record"
                    // the verb and "masters of": "learn and master new technologies", "masters of our own destiny"
                    + "|(?:new|the|our|your|their|its|a|an|complex|multiple)\\b"
                    + "|of\\b(?! (?:science|arts|engineering|business|computer|information|public|fine)\\b))");
    static final Pattern MASTER_1 = Pattern.compile("\\s*(?:1|i)\\b");
    static final Pattern MASTER_2 = Pattern.compile("\\s*(?:2|ii)\\b");
    /** "Licence en informatique", "licence pro": a degree without further cue. */
    static final Pattern LICENCE_DEGREE_AFTER = Pattern.compile(
            "\\s*(?:en |d'|de |pro\\b|professionnelle|generale|/\\s*master|ou master|informatique|universitaire|miage)");
    /** A software licence, not a degree. */
    static final Pattern NOT_LICENCE_AFTER = Pattern.compile(
            "\\s*(?:d'utilisation|d'exploitation|logiciel|microsoft|office|windows|oracle|sap|vmware|adobe"
                    + "|m365|o365|e3|e5|ms|cal|sql|\\d)");
    /** "BS", "BA", "MS" are degrees only when followed by these ("MS in", "BS/MS", "BA degree"). */
    static final Pattern ABBREVIATION_AFTER = Pattern.compile(
            "\\s*(?:in\\b|degree|/\\s*(?:bs|ba|ms|ma|phd|ph\\.d)|or (?:bs|ba|ms|master|phd|ph\\.d)|with\\b|,\\s*(?:ms|phd)"
                    + "|preferred|required|or (?:an? )?equivalent)");
    static final Pattern NOT_BREVET_AFTER = Pattern.compile("\\s*(?:de technicien|professionnel|d'invention)");
    /**
     * Words that make a clause speak of degrees; not a bare "formation" ("Direction de la
     * Formation"), nor a school word (a university that recruits names itself). Gated by the
     * words its matches start with: a clause is searched through the text's index, not by the
     * pattern at every character of a long clause.
     */
    static final GatedPattern CUE = GatedPattern.of(
            "diplom|de formation|formation (?:superieure|universitaire|initiale|d'ingenieur|ingenieur|bac|en|de niveau"
                    + "|type|minimum|scientifique|technique)|\\bissue?s?\\b|issu\\(e\\)|titulaire|degree|graduat|cursus"
                    + "|etudes|\\bbac\\b|master|\\bprofil\\b|de type|ou equivalent|education|qualification|bachelor"
                    + "|\\bphd\\b|doctorat|niveau|\\bvous\\b|\\btu\\b|candidat|required|requis|preferred|souhait|apprecie"
                    + "|exige|prepar|\\bmba\\b|formation\\s*:",
            "diplom", "de formation", "formation", "issu", "titulaire", "degree", "graduat", "cursus", "etudes",
            "\\bbac", "master", "\\bprofil", "de type", "ou equivalent", "education", "qualification", "bachelor",
            "\\bphd", "doctorat", "niveau", "\\bvous", "\\btu", "candidat", "required", "requis", "preferred",
            "souhait", "apprecie", "exige", "prepar", "\\bmba");
    /** A heading line that announces degrees ("Formation :", "Profil recherché :", "Education:"). */
    static final Pattern HEADING_CUE = Pattern.compile("formation|diplom|etudes|education|qualification|profil|cursus|degree");
    /**
     * Where the words about a degree's discipline end: the sentence turns to the candidate. Each
     * alternative holds a comma, "vous", "avec" or "with" ({@link DegreeScanner#mayStop} gates on it).
     */
    static final Pattern FIELD_STOP = Pattern.compile(
            ",\\s*(?:vous|tu|you|et vous)\\b|\\svous\\s"
                    + "|\\bavec (?:une? )?(?:experience|premiere|bonne|solide|minimum|au moins|\\d)|\\bwith (?:a|an|at|\\d)");

    /** Single words (folded, whole word). */
    static final Map<String, Rule> WORDS;

    /** Phrases, each with its triggers. */
    static final List<Phrase> PHRASES;

    /** Disciplines, found near a degree mention. */
    static final List<FieldWord> FIELDS = List.of(
            prefix("informati", "COMPUTER_SCIENCE"), word("computer science", "COMPUTER_SCIENCE"),
            word("computer engineering", "COMPUTER_SCIENCE"), word("software engineering", "COMPUTER_SCIENCE"),
            word("systemes d'information", "COMPUTER_SCIENCE"), word("systeme d'information", "COMPUTER_SCIENCE"),
            word("systeme information", "COMPUTER_SCIENCE"), word("information systems", "COMPUTER_SCIENCE"),
            word("information technology", "COMPUTER_SCIENCE"), word("miage", "COMPUTER_SCIENCE"),
            prefix("numerique", "COMPUTER_SCIENCE"), word("data science", "COMPUTER_SCIENCE"),
            prefix("cyber", "COMPUTER_SCIENCE"), word("reseau", "COMPUTER_SCIENCE"),
            word("reseaux", "COMPUTER_SCIENCE"), word("administration systeme", "COMPUTER_SCIENCE"),
            word("genie logiciel", "COMPUTER_SCIENCE"), word("developpement logiciel", "COMPUTER_SCIENCE"),
            word("developpement web", "COMPUTER_SCIENCE"),
            prefix("telecom", "TELECOMS"),
            prefix("ingenierie", "ENGINEERING"), word("engineering", "ENGINEERING"), word("genie", "ENGINEERING"),
            prefix("mecanique", "ENGINEERING"), prefix("electroni", "ENGINEERING"),
            prefix("electrotechni", "ENGINEERING"), prefix("electrique", "ENGINEERING"),
            prefix("automatism", "ENGINEERING"), prefix("industriel", "ENGINEERING"),
            prefix("productique", "ENGINEERING"), word("mechanical", "ENGINEERING"),
            word("electrical", "ENGINEERING"),
            prefix("mathemati", "MATHEMATICS"), word("math", "MATHEMATICS"), word("maths", "MATHEMATICS"),
            prefix("statisti", "MATHEMATICS"), prefix("actuari", "MATHEMATICS"),
            word("quantitative", "MATHEMATICS"),
            word("physique", "SCIENCES"), word("physics", "SCIENCES"), word("chimie", "SCIENCES"),
            word("chemistry", "SCIENCES"), prefix("biolog", "SCIENCES"), prefix("biochimi", "SCIENCES"),
            word("life sciences", "SCIENCES"), word("natural sciences", "SCIENCES"), prefix("pharmac", "SCIENCES"),
            word("management", "MANAGEMENT"), word("gestion des entreprises", "MANAGEMENT"),
            word("gestion d'entreprise", "MANAGEMENT"), word("administration des entreprises", "MANAGEMENT"),
            word("business administration", "MANAGEMENT"), word("business", "MANAGEMENT"),
            word("commerce", "MANAGEMENT"), word("en gestion", "MANAGEMENT"), word("bts gestion", "MANAGEMENT"),
            word("master gestion", "MANAGEMENT"), word("licence gestion", "MANAGEMENT"),
            word("marketing", "MARKETING"),
            word("force vente", "SALES"), word("force de vente", "SALES"), word("vente", "SALES"),
            word("ventes", "SALES"), prefix("commercia", "SALES"), word("sales", "SALES"),
            prefix("financ", "FINANCE"), prefix("comptab", "FINANCE"), word("accounting", "FINANCE"),
            word("audit", "FINANCE"), word("controle de gestion", "FINANCE"),
            prefix("econom", "ECONOMICS"),
            word("droit", "LAW"), word("juridique", "LAW"), word("law", "LAW"), word("legal", "LAW"),
            word("ressources humaines", "HUMAN_RESOURCES"), word("human resources", "HUMAN_RESOURCES"));

    static {
        Map<String, Rule> w = new HashMap<>();
        Rule none = new Rule(DegreeLevel.NONE, null, true, false);
        Rule capBep = new Rule(DegreeLevel.CAP_BEP, null, true, true);
        Rule bac2 = new Rule(DegreeLevel.BAC_2, null, false, false);
        Rule bac2Univ = new Rule(DegreeLevel.BAC_2, DegreeKind.UNIVERSITY, false, false);
        Rule bac3 = new Rule(DegreeLevel.BAC_3, null, false, false);
        Rule master = new Rule(DegreeLevel.BAC_5, DegreeKind.MASTER, false, false);
        Rule phd = new Rule(DegreeLevel.DOCTORATE, DegreeKind.PHD, false, false);
        Rule mba = new Rule(DegreeLevel.BAC_5, DegreeKind.MBA, false, false);
        Rule engineering = new Rule(DegreeLevel.BAC_5, DegreeKind.ENGINEERING_SCHOOL, true, false);
        Rule computer = new Rule(DegreeLevel.BAC_5, DegreeKind.COMPUTER_SCHOOL, true, false);
        Rule business = new Rule(null, DegreeKind.BUSINESS_SCHOOL, true, false);
        Rule university = new Rule(null, DegreeKind.UNIVERSITY, true, false);
        w.put("bac", new Rule(DegreeLevel.BAC, null, false, false));
        w.put("baccalaureat", new Rule(DegreeLevel.BAC, null, false, false));
        w.put("brevet", none);
        w.put("cap", capBep);
        w.put("bep", capBep);
        w.put("bts", bac2);
        w.put("btsa", bac2);
        w.put("dut", bac2Univ);
        w.put("deug", bac2Univ);
        w.put("deust", bac2Univ);
        w.put("but", new Rule(DegreeLevel.BAC_3, DegreeKind.UNIVERSITY, true, true));
        w.put("l3", new Rule(DegreeLevel.BAC_3, DegreeKind.UNIVERSITY, true, true));
        w.put("licence", new Rule(DegreeLevel.BAC_3, DegreeKind.UNIVERSITY, true, false));
        w.put("bachelor", bac3);
        w.put("bachelors", bac3);
        w.put("bsc", bac3);
        w.put("bs", new Rule(DegreeLevel.BAC_3, null, false, true));
        w.put("ba", new Rule(DegreeLevel.BAC_3, null, false, true));
        w.put("m1", new Rule(DegreeLevel.BAC_4, DegreeKind.MASTER, true, true));
        w.put("m2", new Rule(DegreeLevel.BAC_5, DegreeKind.MASTER, true, true));
        w.put("master", master);
        w.put("masters", master);
        w.put("mastere", master);
        w.put("msc", master);
        w.put("ms", new Rule(DegreeLevel.BAC_5, DegreeKind.MASTER, false, true));
        w.put("dess", master);
        w.put("dea", new Rule(DegreeLevel.BAC_5, DegreeKind.MASTER, false, true));
        w.put("mba", mba);
        w.put("emba", mba);
        w.put("phd", phd);
        w.put("doctorat", phd);
        w.put("doctorate", phd);
        w.put("docteur", phd);
        for (String s : List.of("polytechnique", "insa", "ensimag", "enseeiht", "ensam", "supaero", "isae", "esiee",
                "isen", "eseo", "esiea", "isep", "estaca", "eigsi", "efrei", "centralesupelec", "supelec")) {
            w.put(s, engineering);
        }
        for (String s : List.of("epitech", "epita", "supinfo", "esgi")) {
            w.put(s, computer);
        }
        for (String s : List.of("esc", "essec", "hec", "escp", "kedge", "emlyon", "neoma", "skema", "edhec",
                "audencia", "tbs", "ieseg", "essca", "inseec", "excelia", "iae")) {
            w.put(s, business);
        }
        for (String s : List.of("universite", "universites", "universitaire", "university", "fac", "faculte", "iut",
                "miage")) {
            w.put(s, university);
        }
        WORDS = Map.copyOf(w);

        PHRASES = List.of(
                // "aucun diplôme (n'est) pré-requis", "aucun diplôme mais des qualités humaines",
                // "pas de formation exigée" (ft-2024-11-mixed-521.json 184MYVD, 184MPXK, 183SVZW, 8410533)
                phrase("aucune formation scolaire|sans diplome|aucun diplome(?: n'est)? (?:pre-?)?(?:requis|exige)"
                        + "|aucun diplome,? mais|pas de diplome (?:pre-?)?(?:requis|exige)|no degree required"
                        + "|\\b(?:3eme|2nde|1ere) (?:ou 1ere )?achevee"
                        + "|brevet des colleges|no diploma|pas de niveau d'etudes? (?:requis|exige)"
                        + "|(?:aucune?|pas de) (?:formation|niveau d'etudes?) (?:n'est )?(?:pre-?)?(?:exigee?|requise?)",
                        List.of("formation scolaire", "diplome", "no degree", "achevee", "brevet des", "no diploma",
                                "niveau d'etude", "formation"), new Rule(DegreeLevel.NONE, null, false, false),
                        List.of("aucun", "sans diplome", "pas de diplome", "no d", "\\b3eme", "\\b2nde", "\\b1ere", "brevet des",
                                "pas de niveau", "pas de formation")),
                // the English names Welcome to the Jungle gives French levels
                phrase("youth training|btec first diploma", List.of("youth", "btec"), capBep,
                        List.of("youth", "btec")),
                phrase("btec national diploma|\\ba-levels?\\b", List.of("btec", "a-level"),
                        new Rule(DegreeLevel.BAC, null, false, false),
                        List.of("btec", "\\ba-level")),
                phrase("btec higher national diploma|\\bhnd\\b", List.of("btec", "hnd"), bac2,
                        List.of("btec", "\\bhnd")),
                phrase("associate'?s? degree", List.of("associate"), bac2Univ,
                        List.of("associate")),
                // "undergraduate or master's degree", "undergraduate (BS) or postgraduate (MS) degree": the
                // degree noun shared by the alternatives; not "undergraduate students"
                phrase("college degree|university degree|undergraduate degree|(?:4|four)[- ]year (?:college )?degree"
                                + "|undergraduate(?= ?(?:or\\b|/|\\()[^.;\\n]{0,40}?\\bdegree)",
                        List.of("degree"), new Rule(DegreeLevel.BAC_3, DegreeKind.UNIVERSITY, false, false),
                        List.of("college", "university", "undergraduate", "4", "four")),
                // "B.S Degree in Mathematics", "B.S with 8 years" (glassdoor-2020.csv 47, 106): the last dot is often left out
                phrase("\\b(?:b\\.s\\.|b\\.a\\.|b\\.sc\\.?|b\\.s(?= (?:degree|in|with|or)\\b))(?=\\s|,|/|$)", List.of("b.s", "b.a"), bac3,
                        List.of("\\bb.")),
                phrase("high school (?:diploma|degree)", List.of("high school"),
                        new Rule(DegreeLevel.BAC, null, false, false),
                        List.of("high school")),
                phrase("\\b(?:m\\.s\\.|m\\.sc\\.?|m\\.s(?= (?:degree|in|with|or)\\b))(?=\\s|,|/|$)", List.of("m.s"), master,
                        List.of("\\bm.")),
                phrase("advanced degree|graduate degree|post-?graduate degree", List.of("graduate", "advanced"),
                        new Rule(DegreeLevel.BAC_5, null, false, false),
                        List.of("advanced", "graduate", "post")),
                phrase("grandes? ecoles?", List.of("grande"), new Rule(DegreeLevel.BAC_5, null, true, false),
                        List.of("grande")),
                phrase("\\bph\\.\\s?d\\b\\.?", List.of("ph."), phd,
                        List.of("\\bph.")),
                phrase("diplome d'ingenieur|ingenieurs? diplomee?s?|titre d'ingenieur|formation (?:d')?ingenieur"
                        + "|cursus (?:d')?ingenieur|type ingenieur|ingenieur de formation"
                        + "|ingenieurs?\\s*(?:ou|/)\\s*(?:master|universit|equivalent|mba|docteur)"
                        + "|(?:master|universitaire|bac\\s*\\+\\s*5\\)?)\\s*(?:,|ou|/|\\(|type)\\s*(?:diplome d')?ingenieur",
                        List.of("ingenieur"), new Rule(DegreeLevel.BAC_5, DegreeKind.ENGINEERING_SCHOOL, false, false),
                        List.of("diplome", "ingenieur", "titre", "formation", "cursus", "type", "master", "universitaire", "bac")),
                phrase("doctoral degrees?", List.of("doctoral"), phd, List.of("doctoral")),
                phrase("engineering degree|degree in engineering", List.of("engineering"),
                        new Rule(DegreeLevel.BAC_5, DegreeKind.ENGINEERING_SCHOOL, false, false),
                        List.of("engineering", "degree")),
                phrase("ecoles? d'ingenieurs?|engineering school|ecole centrale|centrale ?supelec|ecole des mines"
                        + "|mines paris|ecole nationale superieure|arts et metiers"
                        + "|telecom (?:paris|bretagne|sudparis|saint-etienne|nancy)|imt (?:atlantique|nord)",
                        List.of("ecole", "school", "centrale", "mines", "arts et", "telecom ", "imt "), engineering,
                        List.of("ecole", "engineering", "centrale", "mines", "arts et", "telecom", "imt")),
                // windows around the whole names, not around every "42" (postal codes, prices)
                phrase("ecole 42\\b|\\b42 paris", List.of("ecole 42", "42 paris"), computer,
                        List.of("ecole 42", "\\b42")),
                phrase("ecoles? (?:d'|de l')informatique|ecoles? informatiques?|ecoles? (?:du|de) numerique"
                        + "|ecoles? (?:d'|de l')ingenierie informatique|computer school", List.of("ecole", "school"),
                        new Rule(null, DegreeKind.COMPUTER_SCHOOL, true, false),
                        List.of("ecole", "computer")),
                phrase("ecoles? (?:superieures? )?de commerce|business schools?|ecoles? de management|sup de co\\b"
                        + "|\\bem lyon\\b|grenoble (?:em|ecole de management)|em normandie|em strasbourg",
                        List.of("ecole", "school", "sup de co", "em "), business,
                        List.of("ecole", "business", "sup de co", "em ", "grenoble")),
                // the noun shared with the school before: "école d'ingénieur ou de commerce" (France
                // Travail 2024), "école de commerce ou d'ingénieurs"
                phrase("(?<=ingenieurs? )(?:ou|et|/) ?(?:d'une |une )?(?:ecoles? )?de commerce",
                        List.of("commerce"), business, List.of("ou ", "et ", "/")),
                phrase("(?<=de commerce )(?:ou|et|/) ?(?:d'une |une )?(?:ecoles? )?d'ingenieurs?",
                        List.of("commerce"), engineering, List.of("ou ", "et ", "/")));
    }

    /** {@link String#hashCode()} of each {@link #WORDS} key, sorted: most words are ruled out without a lookup. */
    private static final int[] WORD_HASHES = WORDS.keySet().stream().mapToInt(String::hashCode).sorted().toArray();
    /** A 4096-bit filter over {@link #WORD_HASHES}, checked before the search. */
    private static final long[] WORD_HASH_BITS = new long[64];

    static {
        for (int hash : WORD_HASHES) {
            int h = hash ^ (hash >>> 12) ^ (hash >>> 24);
            WORD_HASH_BITS[(h >>> 6) & (WORD_HASH_BITS.length - 1)] |= 1L << h;
        }
    }

    private DegreeVocabulary() {
    }

    /** False when no {@link #WORDS} key has this {@link String#hashCode()}. */
    static boolean mayBeWord(int hash) {
        int h = hash ^ (hash >>> 12) ^ (hash >>> 24);
        return (WORD_HASH_BITS[(h >>> 6) & (WORD_HASH_BITS.length - 1)] & (1L << h)) != 0
                && java.util.Arrays.binarySearch(WORD_HASHES, hash) >= 0;
    }

    /** The level a digit after "Bac+" names. */
    static DegreeLevel bacPlus(int n) {
        return switch (n) {
            case 1 -> DegreeLevel.BAC;
            case 2 -> DegreeLevel.BAC_2;
            case 3 -> DegreeLevel.BAC_3;
            case 4 -> DegreeLevel.BAC_4;
            case 8 -> DegreeLevel.DOCTORATE;
            default -> DegreeLevel.BAC_5;
        };
    }

    /** The level an RNCP / European level names (8 doctorate ... 3 CAP), old roman levels too. */
    static DegreeLevel rncp(String level) {
        return switch (level) {
            case "8" -> DegreeLevel.DOCTORATE;
            case "7", "i" -> DegreeLevel.BAC_5;
            case "6", "ii" -> DegreeLevel.BAC_3;
            case "5", "iii" -> DegreeLevel.BAC_2;
            case "4", "iv" -> DegreeLevel.BAC;
            default -> DegreeLevel.CAP_BEP;
        };
    }

    private static Phrase phrase(String regex, List<String> triggers, Rule rule, List<String> starts) {
        return new Phrase(GatedPattern.of(regex, starts.toArray(new String[0])), triggers, rule);
    }

    private static FieldWord word(String text, String name) {
        return new FieldWord(text, false, name);
    }

    private static FieldWord prefix(String text, String name) {
        return new FieldWord(text, true, name);
    }
}
