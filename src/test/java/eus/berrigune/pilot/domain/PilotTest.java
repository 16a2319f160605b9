package eus.berrigune.pilot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.shared.domain.EditConflictException;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PilotTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    final Actor clinician = new Actor(1, "Ane", "Osakidetza");
    final Actor buyer = new Actor(2, "Jon", "Osakidetza");
    final Actor company = new Actor(3, "Miren", "Biotek");

    Pilot requested() {
        return new Pilot(10, 20, 30, 40, clinician, "Home spirometry after discharge", true, NOW);
    }

    Pilot accepted() {
        Pilot p = requested();
        p.startTriage(buyer, NOW);
        p.approve(buyer, Set.of(), NOW);
        p.invite(buyer, NOW);
        p.accept(company, NOW);
        return p;
    }

    static PilotProtocol protocol(boolean dpia) {
        return new PilotProtocol("Readmissions -20 %\nAdherence 80 %", 12, "Cruces", "Serious adverse effect",
                "Free loan", dpia);
    }

    @Test
    void theWholeLifeCycleLeavesAStepOnTheTimelineForEachMove() {
        Pilot p = accepted();
        p.proposeProtocol(company, protocol(true), NOW);
        p.agree(company, Pilot.Side.COMPANY, 1, NOW);
        assertThat(p.getStatus()).isEqualTo(PilotStatus.COMPANY_ACCEPTED);
        p.agree(buyer, Pilot.Side.BUYER, 1, NOW);
        assertThat(p.getStatus()).isEqualTo(PilotStatus.AGREEMENT_SIGNED);
        p.start(clinician, NOW);
        p.postUpdate(company, "Devices delivered", NOW);
        p.finish(clinician, NOW);
        p.reportResults(clinician, List.of(new Pilot.Result(true, "-24 %"), new Pilot.Result(false, "72 %")),
                "Fewer readmissions", 38, NOW);
        p.signOff(buyer, NOW);
        p.linkEvidence(99);

        assertThat(p.getStatus()).isEqualTo(PilotStatus.COMPLETED);
        assertThat(p.getEvidenceItemId()).contains(99L);
        assertThat(p.getResults()).extracting(EndpointResult::getEndpoint)
                .containsExactly("Readmissions -20 %", "Adherence 80 %");
        assertThat(p.getEvents()).extracting(PilotEvent::getKind).containsExactly(
                PilotEventKind.REQUESTED, PilotEventKind.TRIAGE_STARTED, PilotEventKind.APPROVED,
                PilotEventKind.COMPANY_INVITED, PilotEventKind.COMPANY_ACCEPTED, PilotEventKind.PROTOCOL_PROPOSED,
                PilotEventKind.PROTOCOL_AGREED, PilotEventKind.PROTOCOL_AGREED, PilotEventKind.AGREEMENT_SIGNED,
                PilotEventKind.STARTED, PilotEventKind.UPDATE, PilotEventKind.EVALUATION_STARTED,
                PilotEventKind.RESULTS_REPORTED, PilotEventKind.SIGNED_OFF);
        assertThat(p.getEvents()).filteredOn(PilotEvent::isCompanyVisible).extracting(PilotEvent::getKind)
                .doesNotContain(PilotEventKind.REQUESTED, PilotEventKind.TRIAGE_STARTED, PilotEventKind.APPROVED);
    }

    @Test
    void everyStepOutOfOrderFailsAndChangesNothing() {
        Pilot p = requested();
        for (Runnable illegal : List.<Runnable>of(
                () -> p.approve(buyer, Set.of(), NOW),
                () -> p.invite(buyer, NOW),
                () -> p.accept(company, NOW),
                () -> p.proposeProtocol(buyer, protocol(true), NOW),
                () -> p.start(buyer, NOW),
                () -> p.stop(buyer, "x", NOW),
                () -> p.finish(buyer, NOW),
                () -> p.signOff(buyer, NOW),
                () -> p.postUpdate(buyer, "x", NOW))) {
            assertThatThrownBy(illegal::run).isInstanceOf(InvalidStateException.class);
        }
        assertThat(p.getStatus()).isEqualTo(PilotStatus.REQUESTED);
        assertThat(p.getEvents()).hasSize(1);
    }

    @Test
    void approvalIsImpossibleWhileTheGateFindsAnIssueButTheClinicalInvestigationIsOpen() {
        Pilot p = requested();
        p.startTriage(buyer, NOW);
        assertThatThrownBy(() -> p.approve(buyer, EnumSet.of(GateIssue.CERTIFICATE_EXPIRED), NOW))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("pilot.error.gate");
        assertThat(p.getStatus()).isEqualTo(PilotStatus.TRIAGE);
        p.routeToClinicalInvestigation(buyer, null, NOW);
        assertThat(p.getStatus()).isEqualTo(PilotStatus.NEEDS_CLINICAL_INVESTIGATION);
        assertThatThrownBy(() -> p.withdraw(clinician, "late", NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aChangedProtocolVoidsEarlierAgreementsAndAgreementNeedsTheCurrentCompleteRevision() {
        Pilot p = accepted();
        p.proposeProtocol(company, protocol(false), NOW);
        assertThatThrownBy(() -> p.agree(company, Pilot.Side.COMPANY, 1, NOW)).isInstanceOf(ValidationException.class);
        p.proposeProtocol(buyer, protocol(true), NOW);
        assertThatThrownBy(() -> p.agree(company, Pilot.Side.COMPANY, 1, NOW))
                .isInstanceOf(EditConflictException.class);
        p.agree(company, Pilot.Side.COMPANY, 2, NOW);
        assertThat(p.hasAgreed(Pilot.Side.COMPANY)).isTrue();
        p.proposeProtocol(buyer, protocol(true), NOW);
        assertThat(p.hasAgreed(Pilot.Side.COMPANY)).isFalse();
        assertThat(p.getProtocolRevision()).isEqualTo(3);
    }

    @Test
    void reasonsAndStopCriteriaAreRequiredAndWithdrawalEndsBeforeRunning() {
        Pilot p = requested();
        p.startTriage(buyer, NOW);
        assertThatThrownBy(() -> p.reject(buyer, " ", NOW)).isInstanceOf(ValidationException.class);
        assertThat(p.getStatus()).isEqualTo(PilotStatus.TRIAGE);
        p.withdraw(clinician, "Budget moved", NOW);
        assertThat(p.getStatus()).isEqualTo(PilotStatus.WITHDRAWN);

        Pilot running = accepted();
        running.proposeProtocol(buyer, protocol(true), NOW);
        running.agree(buyer, Pilot.Side.BUYER, 1, NOW);
        running.agree(company, Pilot.Side.COMPANY, 1, NOW);
        running.start(buyer, NOW);
        assertThatThrownBy(() -> running.withdraw(buyer, "x", NOW)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> running.stop(buyer, null, NOW)).isInstanceOf(ValidationException.class);
        running.stop(buyer, "Serious adverse effect", NOW);
        assertThat(running.getStatus()).isEqualTo(PilotStatus.STOPPED);
        assertThat(running.getStatus().isFinal()).isTrue();
    }

    @Test
    void theGateFindsMissingOrExpiredMarkingAndOffLabelUse() {
        assertThat(RegulatoryGate.check(CeStatus.CE_MARKED, TODAY, "Z120601", Set.of("Z1206"), true, TODAY)).isEmpty();
        assertThat(RegulatoryGate.check(CeStatus.CE_MARKED, TODAY.minusDays(1), "Z120601", Set.of(), true, TODAY))
                .containsExactly(GateIssue.CERTIFICATE_EXPIRED);
        assertThat(RegulatoryGate.check(CeStatus.IN_ASSESSMENT, null, "Z120601", Set.of(), true, TODAY))
                .containsExactly(GateIssue.NOT_CE_MARKED);
        assertThat(RegulatoryGate.check(CeStatus.CE_MARKED, null, "Z120602", Set.of("Z120601"), true, TODAY))
                .containsExactly(GateIssue.OUTSIDE_INTENDED_PURPOSE);
        assertThat(RegulatoryGate.check(CeStatus.CE_MARKED, null, "Z120601", Set.of("Z120601"), false, TODAY))
                .containsExactly(GateIssue.OUTSIDE_INTENDED_PURPOSE);
    }
}
