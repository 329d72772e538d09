package io.techdir.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Assembles a description from the sentence templates of {@code /generate/sentences.csv}:
 * an introduction, missions, the profile asked (experience, degree, business school, prior
 * CTO role, skills) and the offer (salary or its absence, benefits), laid out as one
 * paragraph, as sections with headings, or as bullet lists (multi-line, as in France Travail
 * descriptions). Required sentences always go in; optional ones are added until the target
 * length is reached, so lengths stay between 300 and 2 500 characters.
 */
final class DescriptionWriter {

    /** Shortest description written. */
    static final int MIN_LENGTH = 300;
    /** Longest target: sentences and headings added after it cannot pass 2 500 characters. */
    static final int MAX_TARGET = 2200;

    private static final String[] EN_HEADINGS = {"Responsibilities:", "Requirements:", "Benefits:"};

    private enum Layout { PARAGRAPH, SECTIONS, BULLETS }

    private final SplittableRandom rng;
    private final Vocabulary v;
    private final String[] slots = Template.slots();
    private final List<Template> intro = new ArrayList<>();
    private final List<Template> missions = new ArrayList<>();
    private final List<Template> profile = new ArrayList<>();
    private final List<Template> offer = new ArrayList<>();
    private int length;

    private DescriptionWriter(SplittableRandom rng, Vocabulary v) {
        this.rng = rng;
        this.v = v;
    }

    /**
     * Writes the description of a plan.
     *
     * @param company the employer (or agency) name used in the text
     * @param city the city named in the text
     * @param salaryInText the salary as the text states it, or null when it does not
     */
    static String write(SplittableRandom rng, Vocabulary v, JobPlan plan, String company, String city,
            String salaryInText) {
        return new DescriptionWriter(rng, v).build(plan, company, city, salaryInText);
    }

    private String build(JobPlan plan, String company, String city, String salaryInText) {
        boolean english = plan.style() == RowStyle.US_BOARD;
        String sector = plan.title().sector();
        slots[Template.Slot.COMPANY.ordinal()] = company;
        slots[Template.Slot.CITY.ordinal()] = city;
        slots[Template.Slot.TEAM.ordinal()] = Integer.toString(Draw.between(rng, 5, 60));
        slots[Template.Slot.AGE.ordinal()] = Integer.toString(Draw.between(rng, 10, 80));
        slots[Template.Slot.MONTHS.ordinal()] = Integer.toString(Draw.between(rng, 3, 18));
        slots[Template.Slot.SALARY.ordinal()] = salaryInText;
        String p = english ? "en." : "";

        // Introduction.
        if (english) {
            add(intro, Draw.pick(rng, v.sentences("en.intro")));
        } else {
            Template[] own = v.sentencesOrNone("intro." + sector);
            add(intro, Draw.pick(rng, plan.intermediary() ? v.sentences("agency")
                    : own.length > 0 ? own : v.sentences("intro.OFFICE")));
            if (Draw.chance(rng, 0.1)) {
                add(intro, Draw.pick(rng, v.sentences("trap.age"))); // a company's age is not experience
            }
        }

        // Required profile and offer sentences.
        Template exp = ExperienceTexts.sentence(rng, v, english, plan.experience(), slots);
        if (exp != null) {
            add(profile, exp);
        }
        if (plan.degreeInDescription()) {
            Template d = DegreeTexts.sentence(rng, v, english, plan.degree());
            if (d != null) {
                add(profile, d);
            }
        }
        if (!english && plan.businessSchoolPlus()) {
            add(profile, Draw.pick(rng, v.sentences("degree.business_plus")));
        }
        if (!english && plan.priorTechnicalDirector()) {
            add(profile, Draw.pick(rng, v.sentences("prior_td")));
        }
        SalaryPlan s = plan.salary();
        if (salaryInText != null) {
            add(offer, Draw.pick(rng, v.sentences(p + (english ? "salary" : "salary.intro"))));
        } else if (!english && Draw.chance(rng, 0.3)) {
            boolean rule = !plan.title().director() && Draw.chance(rng, 0.4); // "selon convention collective"
            add(offer, Draw.pick(rng, v.sentences(rule ? "salary.rule" : "salary.none")));
        }
        if (!english && s.variable()) {
            add(offer, Draw.pick(rng, v.sentences("salary.variable")));
        }
        String contract = plan.contract();
        if (!english && ("CDD".equals(contract) || "MIS".equals(contract) || "Intérim".equals(contract))
                && Draw.chance(rng, 0.5)) {
            add(offer, Draw.pick(rng, v.sentences("trap.mission"))); // a mission length is not experience
        }
        Template closing = Draw.pick(rng, v.sentences(p + "closing"));
        length += closing.length(slots) + 2;

        // Optional sentences up to the target length.
        List<Template> missionPool = new ArrayList<>();
        if (english) {
            shuffleInto(missionPool, v.sentences("en.mission"));
        } else { // pools are drawn from the end: the most specific sentences go last
            shuffleInto(missionPool, v.sentencesOrNone("mission." + sector));
            if (plan.title().director()) {
                shuffleInto(missionPool, v.sentences("mission.director"));
            }
            if (plan.title().technicalDirector()) {
                shuffleInto(missionPool, v.sentencesOrNone("mission.td." + sector));
            }
        }
        List<Template> profilePool = new ArrayList<>();
        if (!english) {
            shuffleInto(profilePool, v.sentences("profile"));
        }
        if (!english && plan.title().technicalDirector()) {
            shuffleInto(profilePool, v.sentences("skills.td"));
        }
        List<Template> offerPool = new ArrayList<>();
        shuffleInto(offerPool, v.sentences(p + "benefit"));
        int target = Math.min(plan.descriptionLength(), MAX_TARGET);
        for (int i = 0; i < 2 && !missionPool.isEmpty(); i++) {
            add(missions, missionPool.remove(missionPool.size() - 1));
        }
        while (length < Math.max(target, MIN_LENGTH)
                && !(missionPool.isEmpty() && profilePool.isEmpty() && offerPool.isEmpty())) {
            int f = rng.nextInt(100);
            if (f < 60 && !missionPool.isEmpty()) {
                add(missions, missionPool.remove(missionPool.size() - 1));
            } else if (f < 85 && !profilePool.isEmpty()) {
                add(profile, profilePool.remove(profilePool.size() - 1));
            } else if (!offerPool.isEmpty()) {
                add(offer, offerPool.remove(offerPool.size() - 1));
            } else if (!missionPool.isEmpty()) {
                add(missions, missionPool.remove(missionPool.size() - 1));
            } else {
                add(profile, profilePool.remove(profilePool.size() - 1));
            }
        }
        Layout layout = english ? Layout.SECTIONS : pickLayout();
        return render(layout, english, closing);
    }

    private Layout pickLayout() {
        int f = rng.nextInt(100);
        return f < 25 ? Layout.PARAGRAPH : f < 80 ? Layout.SECTIONS : Layout.BULLETS;
    }

    private String render(Layout layout, boolean english, Template closing) {
        StringBuilder sb = new StringBuilder(length + 128);
        if (layout == Layout.PARAGRAPH) {
            joinInto(sb, intro, " ", "");
            for (List<Template> part : List.of(missions, profile, offer)) {
                if (!part.isEmpty()) {
                    sb.append(' ');
                    joinInto(sb, part, " ", "");
                }
            }
            sb.append(' ');
            closing.appendTo(sb, slots);
            return sb.toString();
        }
        String bullet = layout == Layout.BULLETS ? "- " : "";
        joinInto(sb, intro, " ", "");
        section(sb, english ? EN_HEADINGS[0] : heading("heading.missions"), missions, bullet);
        section(sb, english ? EN_HEADINGS[1] : heading("heading.profile"), profile, bullet);
        section(sb, english ? EN_HEADINGS[2] : heading("heading.offer"), offer, bullet);
        sb.append("\n\n");
        closing.appendTo(sb, slots);
        return sb.toString();
    }

    private String heading(String group) {
        return Draw.pick(rng, v.sentences(group)).toString();
    }

    private void section(StringBuilder sb, String heading, List<Template> lines, String bullet) {
        if (lines.isEmpty()) {
            return;
        }
        sb.append("\n\n").append(heading).append('\n');
        joinInto(sb, lines, "\n", bullet);
    }

    private void joinInto(StringBuilder sb, List<Template> items, String separator, String prefix) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(prefix);
            items.get(i).appendTo(sb, slots);
        }
    }

    private void add(List<Template> part, Template t) {
        part.add(t);
        length += t.length(slots) + 2;
    }

    private void shuffleInto(List<Template> pool, Template[] items) {
        int start = pool.size();
        for (Template t : items) {
            pool.add(t);
        }
        for (int i = pool.size() - 1; i > start; i--) {
            int j = start + rng.nextInt(i - start + 1);
            Template tmp = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, tmp);
        }
    }
}
