package eus.berrigune.consultation.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.consultation.domain.Consultation;
import eus.berrigune.consultation.domain.ConsultationRepository;
import eus.berrigune.consultation.domain.ConsultationSession;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.EditConflictException;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Information sessions and one-to-one meetings of a consultation: scheduled by the buying team and offered to every
 * company the consultation concerns at once; one-to-one slots booked by companies, one each; minutes published to
 * all. The transaction and authorisation boundary of sessions.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    public static final int MAX_SLOTS = 20;

    @Inject
    ConsultationRepository consultations;

    @Inject
    ConsultationService consultationService;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityService identity;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The sessions the caller may see (everybody who can read the consultation), by start. */
    public List<SessionView> sessions(long consultationId) {
        Consultation c = consultations.find(consultationId)
                .orElseThrow(() -> new NotFoundException("consultation", consultationId));
        Optional<AuthenticatedUser> user = currentUser.get();
        if (!ConsultationAccess.canRead(c, user)) {
            throw new NotFoundException("consultation", consultationId);
        }
        boolean team = ConsultationAccess.isBuyingTeam(c, user);
        Long company = user.filter(u -> u.hasRole(Role.SUPPLIER)).map(AuthenticatedUser::organisationId).orElse(null);
        // the place (often a video link) is for the participants: the team and the companies the consultation admits
        boolean participant = team || (company != null && c.admits(company));
        List<ConsultationSession> sessions = consultations.findSessions(consultationId);
        Map<Long, OrganisationSummary> companies = team
                ? identity.publicProfiles(sessions.stream().map(ConsultationSession::getCompanyId).filter(Objects::nonNull).toList())
                : Map.of();
        return sessions.stream().map(s -> new SessionView(s.getId(), s.getKind(), s.getStartsAt(), s.getDurationMinutes(),
                participant ? s.getLocation() : null, s.getAgenda(), s.getStatus(), s.getMinutes(), s.getCompanyId() != null,
                company != null && company.equals(s.getCompanyId()),
                team && s.getCompanyId() != null
                        ? Optional.ofNullable(companies.get(s.getCompanyId())).map(OrganisationSummary::name).orElse("")
                        : null)).toList();
    }

    /**
     * Schedules an information session, or {@code slots} consecutive one-to-one slots of {@code durationMinutes};
     * every company the consultation concerns is told at the same moment.
     */
    public List<Long> schedule(long consultationId, ConsultationSession.Kind kind, Instant startsAt, int durationMinutes,
            String location, String agenda, int slots) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        int count = kind == ConsultationSession.Kind.ONE_TO_ONE ? slots : 1;
        if (count < 1 || count > MAX_SLOTS) {
            throw new ValidationException("slots", "consultation.session.slotsInvalid");
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = startsAt == null ? null : startsAt.plus(Duration.ofMinutes((long) i * durationMinutes));
            ids.add(consultations.save(new ConsultationSession(c, kind, start, durationMinutes, location, agenda, now)).getId());
        }
        for (IdentityService.Recipient r : identity.recipients(consultationService.audience(c), Role.SUPPLIER)) {
            notifications.send(r.userId(), kind == ConsultationSession.Kind.ONE_TO_ONE
                            ? "notification.consultation.meetingsOffered" : "notification.consultation.sessionScheduled",
                    ConsultationService.link(c), ConsultationService.title(c, r.language()), null);
        }
        audit.record("schedule-session", "consultation", consultationId, kind + " " + ids);
        return ids;
    }

    /** The caller's company books a free one-to-one slot (one per company and consultation). */
    public void book(long consultationId, long sessionId) {
        AuthenticatedUser user = currentUser.require(Role.SUPPLIER);
        Consultation c = admitted(consultationId, user);
        if (c.getStatus() != eus.berrigune.consultation.domain.ConsultationStatus.SCHEDULED
                && c.getStatus() != eus.berrigune.consultation.domain.ConsultationStatus.OPEN) {
            throw new InvalidStateException("consultation.session.notRunning");
        }
        ConsultationSession session = sessionOf(c, sessionId);
        boolean hasOne = consultations.findSessions(consultationId).stream()
                .anyMatch(s -> Objects.equals(s.getCompanyId(), user.organisationId())
                        && s.getStatus() == ConsultationSession.Status.SCHEDULED);
        if (hasOne) {
            throw new InvalidStateException("consultation.session.onePerCompany");
        }
        session.book(user.organisationId(), clock.instant());
        try {
            consultations.flush();
        } catch (EditConflictException concurrentBooking) {
            throw new InvalidStateException("consultation.session.taken");
        }
        audit.record("book", "session", sessionId, "consultation " + consultationId);
    }

    /** The caller's company gives its slot back. */
    public void release(long consultationId, long sessionId) {
        AuthenticatedUser user = currentUser.require(Role.SUPPLIER);
        Consultation c = admitted(consultationId, user);
        sessionOf(c, sessionId).release(user.organisationId(), clock.instant());
        audit.record("release", "session", sessionId, "consultation " + consultationId);
    }

    /** The buying team records the minutes of a session that took place. */
    public void recordMinutes(long consultationId, long sessionId, String minutes) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        sessionOf(c, sessionId).recordMinutes(minutes, clock.instant());
        audit.record("record-minutes", "session", sessionId, "consultation " + consultationId);
    }

    /** Cancels every session still scheduled, telling the companies that booked one (the consultation was cancelled). */
    void cancelAll(Consultation c) {
        for (ConsultationSession session : consultations.findSessions(c.getId())) {
            if (session.getStatus() == ConsultationSession.Status.SCHEDULED) {
                session.cancel();
                tellBooked(c, session);
            }
        }
    }

    private void tellBooked(Consultation c, ConsultationSession session) {
        if (session.getCompanyId() != null) {
            for (IdentityService.Recipient r : identity.recipients(Set.of(session.getCompanyId()), Role.SUPPLIER)) {
                notifications.send(r.userId(), "notification.consultation.meetingCancelled", ConsultationService.link(c),
                        ConsultationService.title(c, r.language()), null);
            }
        }
    }

    /** The buying team cancels a session or slot; a company that booked it is told. */
    public void cancel(long consultationId, long sessionId) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        ConsultationSession session = sessionOf(c, sessionId);
        session.cancel();
        tellBooked(c, session);
        audit.record("cancel", "session", sessionId, "consultation " + consultationId);
    }

    private Consultation admitted(long consultationId, AuthenticatedUser user) {
        Consultation c = consultations.find(consultationId)
                .filter(x -> ConsultationAccess.canRead(x, Optional.of(user)))
                .orElseThrow(() -> new NotFoundException("consultation", consultationId));
        consultationService.advance(c, clock.instant());
        if (!c.admits(user.organisationId())) {
            throw new AccessDeniedException();
        }
        return c;
    }

    private ConsultationSession sessionOf(Consultation c, long sessionId) {
        return consultations.findSession(sessionId)
                .filter(s -> s.getConsultationId() == c.getId())
                .orElseThrow(() -> new NotFoundException("session", sessionId));
    }
}
