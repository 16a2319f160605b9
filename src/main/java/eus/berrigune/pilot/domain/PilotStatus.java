package eus.berrigune.pilot.domain;

import java.util.Set;

/**
 * Where a pilot request stands (domain.md, "Pilot request"):
 *
 * <pre>
 * REQUESTED ─▶ TRIAGE ─▶ APPROVED | REJECTED(reason) | NEEDS_CLINICAL_INVESTIGATION
 * APPROVED ─▶ COMPANY_INVITED ─▶ COMPANY_ACCEPTED | COMPANY_DECLINED
 * COMPANY_ACCEPTED ─▶ AGREEMENT_SIGNED ─▶ RUNNING ─▶ EVALUATION ─▶ COMPLETED
 * RUNNING ─▶ STOPPED(stop criterion); any state before RUNNING ─▶ WITHDRAWN
 * </pre>
 */
public enum PilotStatus {
    REQUESTED,
    TRIAGE,
    APPROVED,
    REJECTED,
    NEEDS_CLINICAL_INVESTIGATION,
    COMPANY_INVITED,
    COMPANY_ACCEPTED,
    COMPANY_DECLINED,
    AGREEMENT_SIGNED,
    RUNNING,
    EVALUATION,
    COMPLETED,
    STOPPED,
    WITHDRAWN;

    private static final Set<PilotStatus> FINAL =
            Set.of(REJECTED, NEEDS_CLINICAL_INVESTIGATION, COMPANY_DECLINED, COMPLETED, STOPPED, WITHDRAWN);

    /** No step leads out of this state. */
    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** The request may still be withdrawn: a state before RUNNING that is not final. */
    public boolean isWithdrawable() {
        return !isFinal() && ordinal() < RUNNING.ordinal();
    }
}
