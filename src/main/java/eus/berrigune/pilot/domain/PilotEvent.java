package eus.berrigune.pilot.domain;

import eus.berrigune.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step on a pilot's timeline: what happened, the state it left the pilot in, who did it and when. Written once,
 * never changed. Steps before the company's invitation (the request and its triage) are the buying organisation's
 * own and are not shown to the company.
 */
@Entity
@Table(name = "pilot_event")
public class PilotEvent extends BaseEntity {

    public static final int NOTE_MAX = 4000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pilot_id", nullable = false, updatable = false)
    private Pilot pilot;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private PilotEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private PilotStatus status;

    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    private String actorName;

    @Column(name = "actor_org", nullable = false, length = 200, updatable = false)
    private String actorOrganisation;

    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "company_visible", nullable = false, updatable = false)
    private boolean companyVisible;

    protected PilotEvent() {}

    PilotEvent(Pilot pilot, Instant at, PilotEventKind kind, PilotStatus status, Actor actor, String note,
            boolean companyVisible) {
        this.pilot = pilot;
        this.occurredAt = at;
        this.kind = kind;
        this.status = status;
        this.actorName = actor.name();
        this.actorOrganisation = actor.organisation();
        this.note = note;
        this.companyVisible = companyVisible;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public PilotEventKind getKind() {
        return kind;
    }

    public PilotStatus getStatus() {
        return status;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorOrganisation() {
        return actorOrganisation;
    }

    public String getNote() {
        return note;
    }

    public boolean isCompanyVisible() {
        return companyVisible;
    }
}
