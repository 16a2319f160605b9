package eus.berrigune.catalog.domain;

import java.util.Collection;

/**
 * A product's evidence level, derived from its evidence items and never typed in. The scheme (docs/evidence-level.md):
 *
 * <ol start="0">
 *   <li>{@code NONE}: no countable item.
 *   <li>{@code EMERGING}: only expert opinion or pre-clinical work.
 *   <li>{@code PRELIMINARY}: clinical data without a comparison (non-comparative study, case series).
 *   <li>{@code COMPARATIVE}: a non-randomised comparative study or real-world data.
 *   <li>{@code RANDOMISED}: a randomised controlled trial.
 * </ol>
 *
 * Items returned by an evaluator do not count. Pre-clinical items never count above {@code EMERGING}, whatever
 * design they declare.
 */
public enum EvidenceLevel {
    NONE,
    EMERGING,
    PRELIMINARY,
    COMPARATIVE,
    RANDOMISED;

    public int rank() {
        return ordinal();
    }

    public static EvidenceLevel of(Collection<? extends EvidenceFacts> items) {
        EvidenceLevel best = NONE;
        for (EvidenceFacts item : items) {
            if (item.verification() == Verification.RETURNED) {
                continue;
            }
            EvidenceLevel level = levelOf(item.kind(), item.design());
            if (level.compareTo(best) > 0) {
                best = level;
            }
        }
        return best;
    }

    static EvidenceLevel levelOf(EvidenceKind kind, StudyDesign design) {
        if (kind == EvidenceKind.PRE_CLINICAL) {
            return EMERGING;
        }
        return switch (design) {
            case RCT -> RANDOMISED;
            case NON_RANDOMISED_COMPARATIVE, REAL_WORLD_DATA -> COMPARATIVE;
            case NON_COMPARATIVE, CASE_SERIES -> PRELIMINARY;
            case EXPERT_OPINION -> EMERGING;
        };
    }

    /** What the level needs to know of an evidence item. */
    public interface EvidenceFacts {
        EvidenceKind kind();

        StudyDesign design();

        Verification verification();
    }
}
