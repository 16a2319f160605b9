package eus.berrigune.consultation.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An information session for every participant, or one slot of one-to-one meetings. One-to-one meetings are offered
 * to every participant on equal terms: the buying team publishes slots, any admitted company books one (one per
 * company), and who booked which slot is known only to the team and that company. Minutes are recorded once the
 * session has taken place and published to every participant, never naming a company.
 */
@Entity
@Table(name = "consultation_session")
public class ConsultationSession extends BaseEntity {

    public static final int TEXT_MAX = 4000;
    public static final int LOCATION_MAX = 500;

    /** Information session for all, or a one-to-one meeting slot. */
    public enum Kind {
        INFORMATION,
        ONE_TO_ONE
    }

    /** Scheduled, held (minutes recorded) or cancelled. */
    public enum Status {
        SCHEDULED,
        HELD,
        CANCELLED
    }

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = LOCATION_MAX)
    private String location;

    @Column(length = TEXT_MAX)
    private String agenda;

    @Column(name = "company_id")
    private Long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.SCHEDULED;

    @Column(length = TEXT_MAX)
    private String minutes;

    protected ConsultationSession() {}

    /** A session or slot of a consultation that is announced and not past its deadline. */
    public ConsultationSession(Consultation consultation, Kind kind, Instant startsAt, int durationMinutes, String location,
            String agenda, Instant now) {
        if (consultation.getStatus() != ConsultationStatus.SCHEDULED && consultation.getStatus() != ConsultationStatus.OPEN) {
            throw new InvalidStateException("consultation.session.notRunning");
        }
        if (startsAt == null) {
            throw new ValidationException("startsAt", "validation.required");
        }
        if (!startsAt.isAfter(now) || !startsAt.isBefore(consultation.getDeadline())) {
            throw new ValidationException("startsAt", "consultation.session.whenInvalid");
        }
        if (durationMinutes < 5 || durationMinutes > 480) {
            throw new ValidationException("durationMinutes", "consultation.session.durationInvalid");
        }
        this.consultationId = consultation.getId();
        this.kind = kind == null ? Kind.INFORMATION : kind;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.location = text("location", location, LOCATION_MAX, true);
        this.agenda = text("agenda", agenda, TEXT_MAX, false);
    }

    /** A company books this free one-to-one slot. */
    public void book(long company, Instant now) {
        if (kind != Kind.ONE_TO_ONE || status != Status.SCHEDULED || !startsAt.isAfter(now)) {
            throw new InvalidStateException("consultation.session.notBookable");
        }
        if (companyId != null) {
            throw new InvalidStateException("consultation.session.taken");
        }
        companyId = company;
        touch();
    }

    /** The booking company gives the slot back (before it starts). */
    public void release(long company, Instant now) {
        if (companyId == null || companyId != company || !startsAt.isAfter(now) || status != Status.SCHEDULED) {
            throw new InvalidStateException("consultation.session.notBookable");
        }
        companyId = null;
        touch();
    }

    /** Records the minutes once it has started; they are published to every participant. */
    public void recordMinutes(String text, Instant now) {
        if (status == Status.CANCELLED || now.isBefore(startsAt)) {
            throw new InvalidStateException("consultation.session.notHeldYet");
        }
        if (kind == Kind.ONE_TO_ONE && companyId == null) {
            throw new InvalidStateException("consultation.session.notBooked");
        }
        minutes = text("minutes", text, TEXT_MAX, true);
        status = Status.HELD;
        touch();
    }

    /** Cancels it before it is held. */
    public void cancel() {
        if (status != Status.SCHEDULED) {
            throw new InvalidStateException("consultation.session.notCancellable");
        }
        status = Status.CANCELLED;
        touch();
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, "validation.required");
            }
            return null;
        }
        if (value.length() > max) {
            throw new ValidationException(field, "validation.tooLong");
        }
        return value.strip();
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getLocation() {
        return location;
    }

    public String getAgenda() {
        return agenda;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Status getStatus() {
        return status;
    }

    public String getMinutes() {
        return minutes;
    }
}
