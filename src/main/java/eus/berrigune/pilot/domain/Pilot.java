package eus.berrigune.pilot.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.EditConflictException;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pilot of one product for one clinical need of a buying organisation: the aggregate that guards the life cycle of
 * domain.md and nothing else. Every step checks the state it starts from (an illegal step fails with
 * {@link InvalidStateException} and changes nothing), moves the pilot on and writes the step to the timeline.
 */
@Entity
@Table(name = "pilot")
public class Pilot extends BaseEntity {

    public static final int TEXT_MAX = 2000;
    public static final int SUMMARY_MAX = 4000;

    /** The two sides of the agreement. */
    public enum Side {
        BUYER,
        COMPANY
    }

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "need_id", nullable = false, updatable = false)
    private long needId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Column(name = "triaged_by")
    private Long triagedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PilotStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "intended_use", nullable = false, length = TEXT_MAX)
    private String intendedUse;

    @Column(name = "within_purpose", nullable = false)
    private boolean withinPurpose;

    @Column(name = "decision_reason", length = TEXT_MAX)
    private String decisionReason;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Embedded
    private PilotProtocol protocol = PilotProtocol.empty();

    @Column(name = "protocol_revision", nullable = false)
    private int protocolRevision;

    @Column(name = "buyer_agreed_by", length = 200)
    private String buyerAgreedBy;

    @Column(name = "buyer_agreed_at")
    private Instant buyerAgreedAt;

    @Column(name = "company_agreed_by", length = 200)
    private String companyAgreedBy;

    @Column(name = "company_agreed_at")
    private Instant companyAgreedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "stop_criterion", length = TEXT_MAX)
    private String stopCriterion;

    @Column(name = "result_summary", length = SUMMARY_MAX)
    private String resultSummary;

    @Column
    private Integer participants;

    @ElementCollection
    @CollectionTable(name = "pilot_result", joinColumns = @JoinColumn(name = "pilot_id"))
    private List<EndpointResult> results = new ArrayList<>();

    @Column(name = "signed_off_by", length = 200)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "evidence_item_id")
    private Long evidenceItemId;

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<PilotEvent> events = new ArrayList<>();

    protected Pilot() {}

    /**
     * A new request: a member of the buying organisation asks to try a product for one of its needs.
     *
     * @param withinPurpose the requester's statement that the use lies within the manufacturer's intended purpose
     */
    public Pilot(long organisationId, long needId, long productId, long companyId, Actor requester,
            String intendedUse, boolean withinPurpose, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "intendedUse", intendedUse, TEXT_MAX, true);
        failOn(errors);
        this.organisationId = organisationId;
        this.needId = needId;
        this.productId = productId;
        this.companyId = companyId;
        this.requestedBy = requester.userId();
        this.intendedUse = intendedUse.strip();
        this.withinPurpose = withinPurpose;
        this.status = PilotStatus.REQUESTED;
        this.statusSince = now;
        record(PilotEventKind.REQUESTED, requester, null, now);
    }

    // ---- triage

    public void startTriage(Actor actor, Instant now) {
        require(PilotStatus.REQUESTED);
        this.triagedBy = actor.userId();
        move(PilotStatus.TRIAGE, PilotEventKind.TRIAGE_STARTED, actor, null, now);
    }

    /**
     * Approves the request, unless the regulatory gate finds an issue: then approval is impossible and only the route
     * to a clinical investigation is open.
     */
    public void approve(Actor actor, Set<GateIssue> gateIssues, Instant now) {
        require(PilotStatus.TRIAGE);
        if (!gateIssues.isEmpty()) {
            throw new InvalidStateException("pilot.error.gate");
        }
        this.triagedBy = actor.userId();
        move(PilotStatus.APPROVED, PilotEventKind.APPROVED, actor, null, now);
    }

    public void reject(Actor actor, String reason, Instant now) {
        require(PilotStatus.TRIAGE);
        this.decisionReason = requiredReason(reason, "reason");
        this.triagedBy = actor.userId();
        move(PilotStatus.REJECTED, PilotEventKind.REJECTED, actor, decisionReason, now);
    }

    /** Routes the request to a clinical investigation under MDR chapter VI (the gate's alternative to approval). */
    public void routeToClinicalInvestigation(Actor actor, String note, Instant now) {
        require(PilotStatus.TRIAGE);
        List<FieldError> errors = new ArrayList<>();
        text(errors, "reason", note, TEXT_MAX, false);
        failOn(errors);
        this.decisionReason = note == null || note.isBlank() ? null : note.strip();
        this.triagedBy = actor.userId();
        move(PilotStatus.NEEDS_CLINICAL_INVESTIGATION, PilotEventKind.CLINICAL_INVESTIGATION, actor, decisionReason,
                now);
    }

    // ---- the company

    public void invite(Actor actor, Instant now) {
        require(PilotStatus.APPROVED);
        this.invitedAt = now;
        move(PilotStatus.COMPANY_INVITED, PilotEventKind.COMPANY_INVITED, actor, null, now);
    }

    public void accept(Actor actor, Instant now) {
        require(PilotStatus.COMPANY_INVITED);
        move(PilotStatus.COMPANY_ACCEPTED, PilotEventKind.COMPANY_ACCEPTED, actor, null, now);
    }

    public void decline(Actor actor, String reason, Instant now) {
        require(PilotStatus.COMPANY_INVITED);
        this.decisionReason = requiredReason(reason, "reason");
        move(PilotStatus.COMPANY_DECLINED, PilotEventKind.COMPANY_DECLINED, actor, decisionReason, now);
    }

    // ---- the protocol

    /** Either side proposes the protocol (again); any earlier agreement lapses, since it was to other terms. */
    public void proposeProtocol(Actor actor, PilotProtocol proposal, Instant now) {
        require(PilotStatus.COMPANY_ACCEPTED);
        failOn(proposal.validate());
        this.protocol = proposal;
        this.protocolRevision++;
        clearAgreements();
        record(PilotEventKind.PROTOCOL_PROPOSED, actor, null, now);
        touch();
    }

    /**
     * One side agrees the protocol as it stood at {@code revision}; when both have agreed the same terms, the
     * agreement is signed.
     *
     * @throws EditConflictException when the protocol changed since the caller read it
     */
    public void agree(Actor actor, Side side, int revision, Instant now) {
        require(PilotStatus.COMPANY_ACCEPTED);
        if (revision != protocolRevision || protocolRevision == 0) {
            throw new EditConflictException();
        }
        failOn(protocol.missingForAgreement());
        String who = actor.name() + " (" + actor.organisation() + ")";
        if (side == Side.BUYER) {
            if (buyerAgreedAt != null) {
                throw new InvalidStateException("pilot.error.alreadyAgreed");
            }
            buyerAgreedBy = who;
            buyerAgreedAt = now;
        } else {
            if (companyAgreedAt != null) {
                throw new InvalidStateException("pilot.error.alreadyAgreed");
            }
            companyAgreedBy = who;
            companyAgreedAt = now;
        }
        record(PilotEventKind.PROTOCOL_AGREED, actor, null, now);
        if (buyerAgreedAt != null && companyAgreedAt != null) {
            move(PilotStatus.AGREEMENT_SIGNED, PilotEventKind.AGREEMENT_SIGNED, actor, null, now);
        } else {
            touch();
        }
    }

    private void clearAgreements() {
        buyerAgreedBy = null;
        buyerAgreedAt = null;
        companyAgreedBy = null;
        companyAgreedAt = null;
    }

    // ---- running

    public void start(Actor actor, Instant now) {
        require(PilotStatus.AGREEMENT_SIGNED);
        this.startedAt = now;
        move(PilotStatus.RUNNING, PilotEventKind.STARTED, actor, null, now);
    }

    /** A status update from either side while the pilot runs or is evaluated. */
    public void postUpdate(Actor actor, String note, Instant now) {
        require(PilotStatus.RUNNING, PilotStatus.EVALUATION);
        List<FieldError> errors = new ArrayList<>();
        text(errors, "note", note, PilotEvent.NOTE_MAX, true);
        failOn(errors);
        record(PilotEventKind.UPDATE, actor, note.strip(), now);
        touch();
    }

    /** Stops the pilot early, naming the stop criterion that was met. */
    public void stop(Actor actor, String criterion, Instant now) {
        require(PilotStatus.RUNNING);
        this.stopCriterion = requiredReason(criterion, "criterion");
        this.endedAt = now;
        move(PilotStatus.STOPPED, PilotEventKind.STOPPED, actor, stopCriterion, now);
    }

    /** The pilot ran its course: results are evaluated now. */
    public void finish(Actor actor, Instant now) {
        require(PilotStatus.RUNNING);
        this.endedAt = now;
        move(PilotStatus.EVALUATION, PilotEventKind.EVALUATION_STARTED, actor, null, now);
    }

    /** A result for each agreed endpoint, in the protocol's order. */
    public record Result(boolean met, String finding) {}

    /** The clinician reports the results against the agreed endpoints; may be corrected until the sign-off. */
    public void reportResults(Actor actor, List<Result> reported, String summary, Integer participantCount,
            Instant now) {
        require(PilotStatus.EVALUATION);
        List<String> endpoints = protocol.endpointList();
        List<FieldError> errors = new ArrayList<>();
        if (reported == null || reported.size() != endpoints.size()) {
            errors.add(new FieldError("results", "pilot.validation.resultPerEndpoint"));
        } else {
            for (int i = 0; i < reported.size(); i++) {
                Result r = reported.get(i);
                text(errors, "results." + i + ".finding", r == null ? null : r.finding(), EndpointResult.FINDING_MAX,
                        true);
            }
        }
        text(errors, "summary", summary, SUMMARY_MAX, true);
        if (participantCount != null && participantCount < 0) {
            errors.add(new FieldError("participants", "validation.notNegative"));
        }
        failOn(errors);
        results.clear();
        for (int i = 0; i < reported.size(); i++) {
            results.add(new EndpointResult(i, endpoints.get(i), reported.get(i).met(), reported.get(i).finding().strip()));
        }
        this.resultSummary = summary.strip();
        this.participants = participantCount;
        record(PilotEventKind.RESULTS_REPORTED, actor, null, now);
        touch();
    }

    /**
     * The buyer signs the reported outcome off: the pilot is completed, and its outcome becomes an evidence item on
     * the product ({@link #linkEvidence}).
     */
    public void signOff(Actor actor, Instant now) {
        require(PilotStatus.EVALUATION);
        if (resultSummary == null) {
            throw new InvalidStateException("pilot.error.noResults");
        }
        this.signedOffBy = actor.name() + " (" + actor.organisation() + ")";
        this.signedOffAt = now;
        move(PilotStatus.COMPLETED, PilotEventKind.SIGNED_OFF, actor, null, now);
    }

    public void linkEvidence(long evidenceItemId) {
        if (status != PilotStatus.COMPLETED || this.evidenceItemId != null) {
            throw new InvalidStateException("pilot.error.notAllowed");
        }
        this.evidenceItemId = evidenceItemId;
    }

    /** The request is withdrawn, at any state before the pilot runs. */
    public void withdraw(Actor actor, String reason, Instant now) {
        if (!status.isWithdrawable()) {
            throw illegal();
        }
        this.decisionReason = requiredReason(reason, "reason");
        move(PilotStatus.WITHDRAWN, PilotEventKind.WITHDRAWN, actor, decisionReason, now);
    }

    // ---- helpers

    private void require(PilotStatus... allowed) {
        for (PilotStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw illegal();
    }

    private InvalidStateException illegal() {
        return new InvalidStateException("pilot.error.illegalStep");
    }

    private void move(PilotStatus next, PilotEventKind kind, Actor actor, String note, Instant now) {
        this.status = next;
        this.statusSince = now;
        record(kind, actor, note, now);
        touch();
    }

    private void record(PilotEventKind kind, Actor actor, String note, Instant now) {
        events.add(new PilotEvent(this, now, kind, status, actor, note, invitedAt != null));
    }

    private static String requiredReason(String reason, String field) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, field, reason, TEXT_MAX, true);
        failOn(errors);
        return reason.strip();
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "validation.required"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong"));
        }
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Whether this side has agreed the current protocol. */
    public boolean hasAgreed(Side side) {
        return side == Side.BUYER ? buyerAgreedAt != null : companyAgreedAt != null;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getNeedId() {
        return needId;
    }

    public long getProductId() {
        return productId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public Optional<Long> getTriagedBy() {
        return Optional.ofNullable(triagedBy);
    }

    public PilotStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public String getIntendedUse() {
        return intendedUse;
    }

    public boolean isWithinPurpose() {
        return withinPurpose;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Optional<Instant> getInvitedAt() {
        return Optional.ofNullable(invitedAt);
    }

    /** The company was invited: from then on it sees the pilot. */
    public boolean isCompanyInvited() {
        return invitedAt != null;
    }

    public PilotProtocol getProtocol() {
        return protocol == null ? PilotProtocol.empty() : protocol;
    }

    public int getProtocolRevision() {
        return protocolRevision;
    }

    public String getBuyerAgreedBy() {
        return buyerAgreedBy;
    }

    public Instant getBuyerAgreedAt() {
        return buyerAgreedAt;
    }

    public String getCompanyAgreedBy() {
        return companyAgreedBy;
    }

    public Instant getCompanyAgreedAt() {
        return companyAgreedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getStopCriterion() {
        return stopCriterion;
    }

    public String getResultSummary() {
        return resultSummary;
    }

    public Integer getParticipants() {
        return participants;
    }

    public List<EndpointResult> getResults() {
        List<EndpointResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt(EndpointResult::getPosition));
        return Collections.unmodifiableList(sorted);
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public Optional<Long> getEvidenceItemId() {
        return Optional.ofNullable(evidenceItemId);
    }

    public List<PilotEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
