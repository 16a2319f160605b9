package eus.berrigune.pilot.domain;

import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks candidate products for a clinical need by a deterministic score out of 100, and explains every point in words
 * a buyer can defend (docs/pilots.md):
 * <ul>
 *   <li>regulatory fit, 30: CE-marked with a certificate valid today; otherwise 0 and the product is flagged for a
 *       clinical investigation instead of a pilot;
 *   <li>EMDN fit, 25 for the exact term the need names, 20 for a term within it;
 *   <li>evidence, 5 per level (up to 20 for a randomised trial) plus up to 10 for the share of items an evaluator
 *       verified;
 *   <li>interoperability, up to 10 for the share of the required standards the product supports (10 when none is
 *       required);
 *   <li>sustainability, 3 for a declared carbon footprint and 2 for a take-back programme.
 * </ul>
 * Ties go to the higher evidence level, then to the lower product id.
 */
public final class CandidateRanking {

    private CandidateRanking() {}

    /** What the ranking needs to know of a product. */
    public record Facts(long productId, String emdnCode, CeStatus ceStatus, LocalDate certificateExpiry,
            EvidenceLevel evidenceLevel, int evidenceCount, long verifiedCount, Set<InteroperabilityStandard> standards,
            boolean footprintDeclared, boolean takeBack) {}

    /**
     * One reason, with its points: a message key and its arguments.
     *
     * @param points points it adds
     * @param messageKey bundle key of the explanation
     * @param arguments its arguments
     */
    public record Reason(int points, String messageKey, List<Object> arguments) {}

    /**
     * A ranked candidate.
     *
     * @param productId product
     * @param score 0–100
     * @param clinicalInvestigation whether it can only be tried in a clinical investigation (not CE-marked, or the
     *        certificate expired)
     * @param reasons why, point by point
     */
    public record Ranked(long productId, int score, boolean clinicalInvestigation, List<Reason> reasons) {}

    public static List<Ranked> rank(Set<String> needEmdnCodes, Set<InteroperabilityStandard> requiredStandards,
            List<Facts> candidates, LocalDate today) {
        List<Ranked> ranked = new ArrayList<>();
        for (Facts f : candidates) {
            ranked.add(score(needEmdnCodes, requiredStandards, f, today));
        }
        ranked.sort(Comparator.comparingInt(Ranked::score).reversed()
                .thenComparing(r -> -levelOf(candidates, r.productId()))
                .thenComparingLong(Ranked::productId));
        return ranked;
    }

    private static int levelOf(List<Facts> candidates, long productId) {
        return candidates.stream().filter(f -> f.productId() == productId).findFirst()
                .map(f -> f.evidenceLevel().rank()).orElse(0);
    }

    static Ranked score(Set<String> needEmdnCodes, Set<InteroperabilityStandard> required, Facts f, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        boolean investigation;
        if (f.ceStatus() == CeStatus.CE_MARKED && (f.certificateExpiry() == null || !f.certificateExpiry().isBefore(today))) {
            reasons.add(new Reason(30, "pilot.rank.ce.valid", List.of()));
            investigation = false;
        } else if (f.ceStatus() == CeStatus.CE_MARKED) {
            reasons.add(new Reason(0, "pilot.rank.ce.expired", List.of(f.certificateExpiry().toString())));
            investigation = true;
        } else {
            reasons.add(new Reason(0, "pilot.rank.ce.missing", List.of()));
            investigation = true;
        }
        String code = f.emdnCode() == null ? "" : f.emdnCode();
        if (needEmdnCodes.contains(code)) {
            reasons.add(new Reason(25, "pilot.rank.emdn.exact", List.of(code)));
        } else {
            needEmdnCodes.stream().filter(code::startsWith).sorted().findFirst()
                    .ifPresent(group -> reasons.add(new Reason(20, "pilot.rank.emdn.within", List.of(code, group))));
        }
        reasons.add(new Reason(5 * f.evidenceLevel().rank(), "pilot.rank.evidence", List.of(f.evidenceLevel())));
        int verifiedPoints = f.evidenceCount() == 0 ? 0 : (int) Math.round(10.0 * f.verifiedCount() / f.evidenceCount());
        reasons.add(new Reason(verifiedPoints, "pilot.rank.verified", List.of(f.verifiedCount(), f.evidenceCount())));
        if (required.isEmpty()) {
            reasons.add(new Reason(10, "pilot.rank.interop.none", List.of()));
        } else {
            long supported = required.stream().filter(f.standards()::contains).count();
            reasons.add(new Reason((int) Math.round(10.0 * supported / required.size()), "pilot.rank.interop",
                    List.of(supported, required.size())));
        }
        if (f.footprintDeclared()) {
            reasons.add(new Reason(3, "pilot.rank.footprint", List.of()));
        }
        if (f.takeBack()) {
            reasons.add(new Reason(2, "pilot.rank.takeBack", List.of()));
        }
        int score = reasons.stream().mapToInt(Reason::points).sum();
        return new Ranked(f.productId(), score, investigation, List.copyOf(reasons));
    }
}
