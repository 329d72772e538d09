package io.techdir.generate;

import java.util.SplittableRandom;

/** Decides synthetic postings for one {@link GeneratorProfile}, and the shares of row kinds. */
interface Planner {

    /** The planner of a profile. */
    static Planner of(GeneratorProfile profile, Vocabulary v) {
        return switch (profile) {
            case MARKET -> new MarketPlanner(v);
            case TECHNICAL_DIRECTOR -> new TechnicalDirectorPlanner(v);
        };
    }

    /** Decides one posting; every draw comes from {@code rng}. */
    JobPlan plan(SplittableRandom rng);

    /** Prefix of {@code source_id} ("syn-m-" gives "syn-m-s42-0000001" with seed 42). */
    String idPrefix();

    /** Share of rows that repeat an earlier row byte for byte (same {@code source_id}). */
    double exactDuplicateShare();

    /** Share of rows that repeat an earlier job under another {@code source_id}. */
    double nearDuplicateShare();

    /** Share of rows with an empty title or an empty {@code source_id}. */
    double badRowShare();

    /** Share of descriptions written with HTML entities. */
    double entityShare();

    /** Share of rows whose title or company starts with "=", "+" or "@". */
    double injectionShare();
}
