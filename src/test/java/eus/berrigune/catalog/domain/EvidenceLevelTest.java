package eus.berrigune.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceLevelTest {

    record Item(EvidenceKind kind, StudyDesign design, Verification verification)
            implements EvidenceLevel.EvidenceFacts {}

    @Test
    void noItemsIsNone() {
        assertThat(EvidenceLevel.of(List.of())).isEqualTo(EvidenceLevel.NONE);
    }

    @ParameterizedTest
    @CsvSource({
        "CLINICAL_OUTCOME, RCT, RANDOMISED",
        "ECONOMIC, RCT, RANDOMISED",
        "CLINICAL_OUTCOME, NON_RANDOMISED_COMPARATIVE, COMPARATIVE",
        "REAL_WORLD, REAL_WORLD_DATA, COMPARATIVE",
        "CLINICAL_OUTCOME, NON_COMPARATIVE, PRELIMINARY",
        "USABILITY, CASE_SERIES, PRELIMINARY",
        "OTHER, EXPERT_OPINION, EMERGING",
        "PRE_CLINICAL, RCT, EMERGING",
        "PRE_CLINICAL, EXPERT_OPINION, EMERGING"
    })
    void oneItemGivesTheLevelOfItsDesign(EvidenceKind kind, StudyDesign design, EvidenceLevel expected) {
        assertThat(EvidenceLevel.of(List.of(new Item(kind, design, Verification.SELF_DECLARED)))).isEqualTo(expected);
    }

    @Test
    void theStrongestCountingItemWins() {
        assertThat(EvidenceLevel.of(List.of(
                        new Item(EvidenceKind.CLINICAL_OUTCOME, StudyDesign.CASE_SERIES, Verification.VERIFIED),
                        new Item(EvidenceKind.CLINICAL_OUTCOME, StudyDesign.REAL_WORLD_DATA, Verification.SELF_DECLARED))))
                .isEqualTo(EvidenceLevel.COMPARATIVE);
    }

    @Test
    void returnedItemsDoNotCount() {
        assertThat(EvidenceLevel.of(List.of(
                        new Item(EvidenceKind.CLINICAL_OUTCOME, StudyDesign.RCT, Verification.RETURNED),
                        new Item(EvidenceKind.CLINICAL_OUTCOME, StudyDesign.CASE_SERIES, Verification.SELF_DECLARED))))
                .isEqualTo(EvidenceLevel.PRELIMINARY);
    }
}
