package eus.berrigune.pilot.application;

import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.pilot.domain.Pilot;
import eus.berrigune.pilot.domain.PilotStatus;
import java.util.Arrays;
import java.util.List;

/**
 * The steps a user may take on a pilot, and who may take each: the one rule that both enforces access in
 * {@link PilotService} and tells pages and API clients which steps to offer. A step is allowed when the pilot's
 * state allows it (the aggregate checks that again) and the user has the part it needs:
 *
 * <ul>
 *   <li>triage (start, approve, reject, route to a clinical investigation): a procurement officer or evaluator of the
 *       buying organisation;
 *   <li>inviting the company, agreeing the protocol for the buyer, signing the outcome off: a procurement officer;
 *   <li>accepting or declining, agreeing the protocol for the company: a user of the invited company;
 *   <li>proposing the protocol: a procurement officer, the requester, or the company;
 *   <li>starting, stopping, finishing: a procurement officer or the requester;
 *   <li>status updates: anybody of either side;
 *   <li>reporting results: a clinician of the buying organisation;
 *   <li>withdrawing the request: the requester or a procurement officer.
 * </ul>
 */
public enum PilotAction {
    TRIAGE,
    APPROVE,
    REJECT,
    CLINICAL_INVESTIGATION,
    INVITE,
    ACCEPT,
    DECLINE,
    PROPOSE_PROTOCOL,
    AGREE,
    START,
    UPDATE,
    STOP,
    FINISH,
    REPORT_RESULTS,
    SIGN_OFF,
    WITHDRAW;

    /** Whether {@code user} may take this step on {@code pilot} now: their part, and the pilot's state. */
    public boolean allowed(Pilot pilot, AuthenticatedUser user) {
        return hasPart(pilot, user) && isDue(pilot, user);
    }

    /**
     * Whether {@code user} holds the part this step needs, whatever the pilot's state: when they do but the state does
     * not allow the step, the answer is "not now" (409) rather than "not yours" (403).
     */
    public boolean hasPart(Pilot pilot, AuthenticatedUser user) {
        boolean staff = isStaff(pilot, user);
        boolean company = isCompany(pilot, user);
        boolean buyer = staff && user.hasRole(Role.BUYER);
        boolean requester = staff && user.userId() == pilot.getRequestedBy();
        return switch (this) {
            case TRIAGE, APPROVE, REJECT, CLINICAL_INVESTIGATION -> buyer || staff && user.hasRole(Role.EVALUATOR);
            case INVITE, SIGN_OFF -> buyer;
            case ACCEPT, DECLINE -> company;
            case PROPOSE_PROTOCOL -> buyer || requester || company;
            case AGREE -> buyer || company;
            case START, STOP, FINISH, WITHDRAW -> buyer || requester;
            case UPDATE -> staff || company;
            case REPORT_RESULTS -> staff && user.hasRole(Role.CLINICIAN);
        };
    }

    /** Whether the pilot's state (and, for an agreement, the user's side) allows this step now. */
    private boolean isDue(Pilot pilot, AuthenticatedUser user) {
        PilotStatus s = pilot.getStatus();
        return switch (this) {
            case TRIAGE -> s == PilotStatus.REQUESTED;
            case APPROVE, REJECT, CLINICAL_INVESTIGATION -> s == PilotStatus.TRIAGE;
            case INVITE -> s == PilotStatus.APPROVED;
            case ACCEPT, DECLINE -> s == PilotStatus.COMPANY_INVITED;
            case PROPOSE_PROTOCOL -> s == PilotStatus.COMPANY_ACCEPTED;
            case AGREE -> s == PilotStatus.COMPANY_ACCEPTED && pilot.getProtocolRevision() > 0
                    && !pilot.hasAgreed(isCompany(pilot, user) ? Pilot.Side.COMPANY : Pilot.Side.BUYER);
            case START -> s == PilotStatus.AGREEMENT_SIGNED;
            case UPDATE -> s == PilotStatus.RUNNING || s == PilotStatus.EVALUATION;
            case STOP, FINISH -> s == PilotStatus.RUNNING;
            case REPORT_RESULTS -> s == PilotStatus.EVALUATION;
            case SIGN_OFF -> s == PilotStatus.EVALUATION && pilot.getResultSummary() != null;
            case WITHDRAW -> s.isWithdrawable();
        };
    }

    /** The steps {@code user} may take on {@code pilot} now. */
    public static List<PilotAction> allowedFor(Pilot pilot, AuthenticatedUser user) {
        return Arrays.stream(values()).filter(a -> a.allowed(pilot, user)).toList();
    }

    /** A member of the pilot's buying organisation (clinician, procurement officer or evaluator). */
    static boolean isStaff(Pilot pilot, AuthenticatedUser user) {
        return user.isBuyingStaff() && user.organisationId() == pilot.getOrganisationId();
    }

    /** A user of the pilot's company, once the company has been invited. */
    static boolean isCompany(Pilot pilot, AuthenticatedUser user) {
        return pilot.isCompanyInvited() && user.isSupplierOf(pilot.getCompanyId());
    }
}
