package eus.berrigune.pilot.application;

import eus.berrigune.pilot.domain.GateIssue;
import eus.berrigune.pilot.domain.PilotEventKind;
import eus.berrigune.pilot.domain.PilotStatus;
import java.time.Instant;
import java.util.List;

/**
 * A pilot as the caller may see it: the buying organisation's staff see everything; the invited company sees the
 * need it answers, the agreement and the timeline from its invitation on, but not the internal triage.
 *
 * @param id pilot
 * @param version optimistic-locking version
 * @param status state
 * @param statusLabel the state in the caller's language
 * @param statusSince when it entered the state
 * @param needId the need (a link for the buying organisation only)
 * @param needTitle the need's title
 * @param needProblem the problem
 * @param desiredOutcomes what should improve
 * @param hospital where the need arises
 * @param productId the product
 * @param productName its name in the caller's language
 * @param companyId the company
 * @param companyName its name
 * @param requestedBy who asked (buying staff only; null for the company)
 * @param intendedUse how the product would be used
 * @param withinPurpose the requester's statement that the use lies within the intended purpose
 * @param gateIssues what the regulatory gate finds today (buying staff only)
 * @param decisionReason the reason of a rejection, decline or withdrawal, or the note of a clinical investigation
 * @param protocol the protocol as it stands
 * @param buyerAgreement the buyer's agreement, if given
 * @param companyAgreement the company's agreement, if given
 * @param startedAt when it started
 * @param endedAt when it stopped or finished
 * @param stopCriterion the stop criterion that ended it early
 * @param results results against the endpoints
 * @param resultSummary the outcome in words
 * @param participants patients or users taking part
 * @param signedOffBy who signed the outcome off
 * @param signedOffAt when
 * @param evidenceItemId the evidence item the outcome became
 * @param timeline the steps so far, oldest first
 * @param actions the steps the caller may take now
 */
public record PilotView(
        long id,
        long version,
        PilotStatus status,
        String statusLabel,
        Instant statusSince,
        long needId,
        String needTitle,
        String needProblem,
        String desiredOutcomes,
        String hospital,
        long productId,
        String productName,
        long companyId,
        String companyName,
        String requestedBy,
        String intendedUse,
        boolean withinPurpose,
        List<Gate> gateIssues,
        String decisionReason,
        Protocol protocol,
        Agreement buyerAgreement,
        Agreement companyAgreement,
        Instant startedAt,
        Instant endedAt,
        String stopCriterion,
        List<Result> results,
        String resultSummary,
        Integer participants,
        String signedOffBy,
        Instant signedOffAt,
        Long evidenceItemId,
        List<Event> timeline,
        List<PilotAction> actions) implements java.io.Serializable {

    /** Whether the caller may take this step now (for pages: {@code pilot.can('APPROVE')}). */
    public boolean can(String action) {
        return actions.stream().anyMatch(a -> a.name().equals(action));
    }

    /** An issue found by the regulatory gate, explained. */
    public record Gate(GateIssue issue, String message) implements java.io.Serializable {}

    /** The protocol and its revision (agreements are given to one revision). */
    public record Protocol(int revision, List<String> endpoints, String endpointsText, Integer durationWeeks,
            String sites, String stopCriteria, String costs, boolean dataProtectionDone) implements java.io.Serializable {}

    /** Who agreed and when. */
    public record Agreement(String by, Instant at) implements java.io.Serializable {}

    /** The result against one endpoint. */
    public record Result(String endpoint, boolean met, String finding) implements java.io.Serializable {}

    /** A step on the timeline. */
    public record Event(Instant at, PilotEventKind kind, String label, PilotStatus status, String actor,
            String organisation, String note) implements java.io.Serializable {}
}
