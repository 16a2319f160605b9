package eus.berrigune.pilot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    static final Set<InteroperabilityStandard> FHIR = Set.of(InteroperabilityStandard.HL7_FHIR);

    static CandidateRanking.Facts product(long id, String emdn, CeStatus ce, LocalDate expiry, EvidenceLevel level,
            int items, long verified, Set<InteroperabilityStandard> standards, boolean footprint, boolean takeBack) {
        return new CandidateRanking.Facts(id, emdn, ce, expiry, level, items, verified, standards, footprint, takeBack);
    }

    @Test
    void scoresEveryPointWithAReason() {
        CandidateRanking.Ranked best = CandidateRanking.score(Set.of("Z1204"), FHIR,
                product(1, "Z1204", CeStatus.CE_MARKED, TODAY, EvidenceLevel.RANDOMISED, 4, 4, FHIR, true, true), TODAY);
        assertThat(best.score()).isEqualTo(100);
        assertThat(best.clinicalInvestigation()).isFalse();
        assertThat(best.reasons()).extracting(CandidateRanking.Reason::messageKey).containsExactly(
                "pilot.rank.ce.valid", "pilot.rank.emdn.exact", "pilot.rank.evidence", "pilot.rank.verified",
                "pilot.rank.interop", "pilot.rank.footprint", "pilot.rank.takeBack");
        assertThat(best.reasons().stream().mapToInt(CandidateRanking.Reason::points).sum()).isEqualTo(best.score());
    }

    @Test
    void anExpiredOrMissingCeMarkingRoutesToAClinicalInvestigation() {
        CandidateRanking.Ranked expired = CandidateRanking.score(Set.of("Z12"), Set.of(),
                product(2, "Z1204", CeStatus.CE_MARKED, TODAY.minusDays(1), EvidenceLevel.COMPARATIVE, 2, 1, Set.of(),
                        false, false), TODAY);
        assertThat(expired.clinicalInvestigation()).isTrue();
        assertThat(expired.reasons().get(0).messageKey()).isEqualTo("pilot.rank.ce.expired");
        // 0 regulatory + 20 within Z12 + 15 comparative + 5 half verified + 10 nothing required
        assertThat(expired.score()).isEqualTo(50);
        CandidateRanking.Ranked unmarked = CandidateRanking.score(Set.of("Z12"), Set.of(),
                product(3, "Z1204", CeStatus.IN_ASSESSMENT, null, EvidenceLevel.NONE, 0, 0, Set.of(), false, false), TODAY);
        assertThat(unmarked.clinicalInvestigation()).isTrue();
        assertThat(unmarked.reasons().get(0).messageKey()).isEqualTo("pilot.rank.ce.missing");
    }

    @Test
    void theOrderIsDeterministic() {
        List<CandidateRanking.Facts> candidates = List.of(
                product(30, "Z1204", CeStatus.CE_MARKED, null, EvidenceLevel.PRELIMINARY, 1, 0, Set.of(), false, false),
                product(10, "Z1204", CeStatus.CE_MARKED, null, EvidenceLevel.PRELIMINARY, 1, 0, Set.of(), false, false),
                product(20, "Z1204", CeStatus.CE_MARKED, TODAY.minusYears(1), EvidenceLevel.RANDOMISED, 3, 3, FHIR, true,
                        true),
                product(40, "Z1204", CeStatus.CE_MARKED, null, EvidenceLevel.COMPARATIVE, 1, 0, FHIR, false, false));
        List<Long> order = CandidateRanking.rank(Set.of("Z12"), FHIR, candidates, TODAY).stream()
                .map(CandidateRanking.Ranked::productId).toList();
        // 40: 30+20+15+0+10 = 75; 10 and 30: 30+20+10+0+0 = 60 (tie: lower id); 20: expired, 0+20+20+10+10+5 = 65
        assertThat(order).containsExactly(40L, 20L, 10L, 30L);
    }
}
