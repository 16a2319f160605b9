package eus.berrigune.identity.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A company's self-registration: the company (created {@code PENDING_CONFIRMATION}), its contact user, the hash of
 * the e-mail confirmation secret and the administrator's decision. The one way a self-registered company's standing
 * changes:
 *
 * <ol>
 *   <li>{@link #confirmEmail}: the secret matches, is not expired and was not used → {@code PENDING_APPROVAL}; the
 *       hash is forgotten, so the link works once.
 *   <li>{@link #approve}: only after confirmation → {@code APPROVED}.
 *   <li>{@link #reject}: with a reason, before or after confirmation, never after a decision → {@code REJECTED}, and
 *       the contact's account is disabled.
 * </ol>
 */
@Entity
@Table(name = "company_registration")
public class CompanyRegistration extends BaseEntity {

    public static final int REASON_MAX = 1000;

    @OneToOne(optional = false, fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation company;

    @ManyToOne(optional = false, fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "contact_user_id", nullable = false, updatable = false)
    private UserAccount contact;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "token_expires_at", nullable = false)
    private Instant tokenExpiresAt;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    protected CompanyRegistration() {}

    /**
     * Registers a company and its contact (a SUPPLIER of it) awaiting e-mail confirmation.
     *
     * @param tokenHash {@link ConfirmationToken#hash} of the secret e-mailed to the contact
     * @param validity how long the link works
     */
    public CompanyRegistration(Organisation.ProfileData profile, UserAccount.NewAccount contact, String tokenHash,
            Instant now, Duration validity) {
        this.company = Organisation.selfRegisteredCompany(profile);
        this.contact = contact.toAccount(company);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.tokenExpiresAt = now.plus(validity);
    }

    /** Confirms the contact's address with the secret from the e-mail's link. */
    public void confirmEmail(String presentedTokenHash, Instant now) {
        if (tokenHash == null || !tokenHash.equals(presentedTokenHash) || !now.isBefore(tokenExpiresAt)) {
            throw new InvalidStateException("registration.confirm.invalidLink");
        }
        company.emailConfirmed();
        tokenHash = null;
        emailConfirmedAt = now;
    }

    /** An administrator admits the company: it may publish from now on. */
    public void approve(long administratorId, String note, Instant now) {
        company.approve();
        decide(administratorId, note, now);
    }

    /** An administrator refuses the company, saying why; its contact can no longer sign in. */
    public void reject(long administratorId, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "registration.validation.reasonRequired");
        }
        company.reject();
        contact.disable();
        tokenHash = null;
        decide(administratorId, reason, now);
    }

    private void decide(long administratorId, String reason, Instant now) {
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new ValidationException("reason", "validation.tooLong");
        }
        this.decidedBy = administratorId;
        this.decidedAt = now;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Organisation getCompany() {
        return company;
    }

    public UserAccount getContact() {
        return contact;
    }

    public OrganisationStatus getStatus() {
        return company.getStatus();
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public Optional<Instant> getEmailConfirmedAt() {
        return Optional.ofNullable(emailConfirmedAt);
    }

    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<Long> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> getDecisionReason() {
        return Optional.ofNullable(decisionReason);
    }
}
