package eus.berrigune.consultation.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.consultation.domain.Clarification;
import eus.berrigune.consultation.domain.Consultation;
import eus.berrigune.consultation.domain.ConsultationDraft;
import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.ConsultationRepository;
import eus.berrigune.consultation.domain.ConsultationStatus;
import eus.berrigune.consultation.domain.ConsultationText;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.EditConflictException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The buying team's side of a consultation and everybody's reading of it: the transaction and authorisation boundary.
 * Every call first brings the consultation's state up to the clock, so opening and closing never depend on a click.
 */
@ApplicationScoped
@Transactional
public class ConsultationService {

    private static final Logger LOG = Logger.getLogger(ConsultationService.class.getName());
    public static final int PAGE_SIZE = 50;

    @Inject
    ConsultationRepository consultations;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityService identity;

    @Inject
    CatalogQueries catalog;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    SessionService sessions;

    /** This service through its proxy, so that {@link #advanceOne} runs in a transaction of its own. */
    @Inject
    ConsultationService self;

    /** A new draft for the caller's buying organisation. */
    public long create(ConsultationDraft draft) {
        AuthenticatedUser user = currentUser.require(Role.BUYER);
        if (user.organisationKind() != OrganisationKind.BUYER) {
            throw new AccessDeniedException();
        }
        checkReferences(draft);
        long id = consultations.save(new Consultation(user.organisationId(), user.userId(), draft)).getId();
        audit.record("create", "consultation", id);
        return id;
    }

    /** Creates and announces a consultation without an acting user: for the demo data set only. */
    public long createAnnouncedUnchecked(long buyerId, long ownerId, ConsultationDraft draft) {
        checkReferences(draft);
        Consultation c = consultations.save(new Consultation(buyerId, ownerId, draft));
        c.schedule(clock.instant());
        invite(c);
        return c.getId();
    }

    /** Replaces a draft, failing with a conflict if somebody saved it since {@code version}. */
    public void update(long id, long version, ConsultationDraft draft) {
        Consultation c = ownedByTeam(id);
        if (c.getVersion() != version) {
            throw new EditConflictException();
        }
        checkReferences(draft);
        c.update(draft);
        audit.record("update", "consultation", id);
    }

    /**
     * Announces it and invites the companies concerned (in-app): the selected ones, or every company with a
     * published product under its EMDN codes.
     */
    public void schedule(long id) {
        Consultation c = ownedByTeam(id);
        c.schedule(clock.instant());
        invite(c);
        audit.record("schedule", "consultation", id);
    }

    /**
     * The companies a consultation concerns: the selected ones, or every company with a published product under its
     * EMDN codes, plus any company already taking part.
     */
    Set<Long> audience(Consultation c) {
        Set<Long> companies = new java.util.TreeSet<>(c.getKind() == ConsultationKind.SELECTED
                ? c.getInvitedCompanyIds()
                : catalog.companiesPublishingUnder(c.getEmdnCodes()));
        if (c.getKind() == ConsultationKind.OPEN) {
            companies.addAll(consultations.participants(c.getId()));
        }
        return companies;
    }

    private void invite(Consultation c) {
        Set<Long> companies = audience(c);
        for (IdentityService.Recipient r : identity.recipients(companies, Role.SUPPLIER)) {
            notifications.send(r.userId(), "notification.consultation.invited", link(c), title(c, r.language()),
                    buyerName(c));
        }
    }

    /** Cancels it with a reason (any state before the report); participants are told. */
    public void cancel(long id, String reason) {
        Consultation c = ownedByTeam(id);
        c.cancel(reason, clock.instant());
        sessions.cancelAll(c);
        for (IdentityService.Recipient r : identity.recipients(audience(c), Role.SUPPLIER)) {
            notifications.send(r.userId(), "notification.consultation.cancelled", link(c), title(c, r.language()), null);
        }
        audit.record("cancel", "consultation", id, reason);
    }

    /** A consultation the caller may read (the public notice, or a draft of the caller's team), else not found. */
    public ConsultationView get(long id) {
        Consultation c = consultations.find(id).orElseThrow(() -> new NotFoundException("consultation", id));
        Optional<AuthenticatedUser> user = currentUser.get();
        if (!ConsultationAccess.canRead(c, user)) {
            throw new NotFoundException("consultation", id);
        }
        Instant now = clock.instant();
        advance(c, now);
        return view(c, user, now);
    }

    /** The caller's team's consultations in every state, then everybody's public ones, newest first. */
    public List<ConsultationSummary> list(Language language) {
        Optional<AuthenticatedUser> user = currentUser.get();
        Instant now = clock.instant();
        Map<Long, Consultation> found = new java.util.LinkedHashMap<>();
        user.filter(u -> u.hasRole(Role.BUYER) && u.organisationKind() == OrganisationKind.BUYER)
                .ifPresent(u -> consultations.findByBuyer(u.organisationId()).forEach(c -> found.put(c.getId(), c)));
        consultations.findPublic(0, PAGE_SIZE).forEach(c -> found.putIfAbsent(c.getId(), c));
        Map<Long, OrganisationSummary> buyers = identity.publicProfiles(
                found.values().stream().map(Consultation::getBuyerId).toList());
        List<ConsultationSummary> list = new ArrayList<>();
        for (Consultation c : found.values()) {
            advance(c, now);
            Map.Entry<Language, ConsultationText> text = textFor(c, language);
            list.add(new ConsultationSummary(c.getId(), c.getStatus(), c.getKind(),
                    text == null ? "#" + c.getId() : text.getValue().getTitle(),
                    text == null ? language.code() : text.getKey().code(),
                    Optional.ofNullable(buyers.get(c.getBuyerId())).map(OrganisationSummary::name).orElse(""),
                    c.getStartAt(), c.getDeadline()));
        }
        return list;
    }

    /**
     * The open consultations that need the caller's attention: for the buying team, its own consultations closing
     * within {@code closingWithin} or with clarification questions still unanswered; for a company, those it may
     * answer that close within {@code closingWithin}, saying whether it has submitted an answer. Empty for anybody else.
     */
    public List<ConsultationAttention> needingAttention(java.time.Duration closingWithin, Language language) {
        Optional<AuthenticatedUser> user = currentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        AuthenticatedUser u = user.get();
        Instant now = clock.instant();
        List<ConsultationAttention> found = new ArrayList<>();
        List<Consultation> candidates = u.hasRole(Role.BUYER) && u.organisationKind() == OrganisationKind.BUYER
                ? consultations.findByBuyer(u.organisationId())
                : u.hasRole(Role.SUPPLIER) ? consultations.findRunning() : List.of();
        for (Consultation c : candidates) {
            advance(c, now);
            if (c.getStatus() != ConsultationStatus.OPEN) {
                continue;
            }
            boolean closing = c.getDeadline() != null && c.getDeadline().isBefore(now.plus(closingWithin));
            if (ConsultationAccess.isBuyingTeam(c, user)) {
                int unanswered = (int) consultations.findClarifications(c.getId()).stream()
                        .filter(q -> q.getStatus() == Clarification.Status.RECEIVED)
                        .count();
                if (closing || unanswered > 0) {
                    found.add(new ConsultationAttention(summary(c, language), closing, unanswered, false));
                }
            } else if (closing && ConsultationAccess.mayTakePart(c, user, now)) {
                boolean submitted = consultations.findAnswer(c.getId(), u.organisationId())
                        .map(a -> a.getSubmittedAt() != null).orElse(false);
                found.add(new ConsultationAttention(summary(c, language), true, 0, submitted));
            }
        }
        found.sort(java.util.Comparator.comparing(a -> a.consultation().deadline()));
        return found;
    }

    private ConsultationSummary summary(Consultation c, Language language) {
        Map.Entry<Language, ConsultationText> text = textFor(c, language);
        String buyer = identity.publicProfiles(List.of(c.getBuyerId())).values().stream().findFirst()
                .map(OrganisationSummary::name).orElse("");
        return new ConsultationSummary(c.getId(), c.getStatus(), c.getKind(),
                text == null ? "#" + c.getId() : text.getValue().getTitle(),
                text == null ? language.code() : text.getKey().code(), buyer, c.getStartAt(), c.getDeadline());
    }

    /**
     * Market-wide participation, for public dashboards: consultations announced, and per company the answers it
     * submitted. Aggregates only; no answer's content.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Participation participation() {
        return new Participation(consultations.countPublic(), consultations.submittedAnswersByCompany());
    }

    /**
     * @param consultations consultations announced
     * @param answersByCompany answers submitted, per company
     */
    public record Participation(long consultations, Map<Long, Long> answersByCompany) {}

    /**
     * Opens and closes the consultations whose times have come; for the clock task, without a user. Each consultation
     * moves in a transaction of its own: one transaction moving several would hold the audit chain's lock (taken by
     * the first move's record) while waiting for the next consultation's row, which a request that moves that
     * consultation itself may hold while it waits for the chain: a deadlock. A consultation that a request moved
     * meanwhile is simply skipped.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int advanceDue() {
        int moved = 0;
        for (Long id : consultations.findRunningIds()) {
            try {
                if (self.advanceOne(id)) {
                    moved++;
                }
            } catch (jakarta.persistence.PersistenceException | jakarta.transaction.TransactionalException e) {
                LOG.log(java.util.logging.Level.FINE, e, () -> "Consultation " + id
                        + " was moved on by somebody else meanwhile; the clock leaves it");
            }
        }
        return moved;
    }

    /** Moves one consultation on with the clock, in its own transaction; whether it moved. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean advanceOne(long id) {
        Optional<Consultation> found = consultations.find(id);
        if (found.isEmpty() || !advance(found.get(), clock.instant())) {
            return false;
        }
        Consultation c = found.get();
        LOG.info(() -> "Consultation " + c.getId() + " is now " + c.getStatus());
        return true;
    }

    Consultation ownedByTeam(long id) {
        Consultation c = consultations.find(id).orElseThrow(() -> new NotFoundException("consultation", id));
        Optional<AuthenticatedUser> user = currentUser.get();
        if (!ConsultationAccess.isBuyingTeam(c, user)) {
            if (ConsultationAccess.canRead(c, user)) {
                throw new AccessDeniedException();
            }
            throw new NotFoundException("consultation", id);
        }
        advance(c, clock.instant());
        return c;
    }

    /**
     * Brings the consultation up to the clock; a move (opening, closing) is a state transition of the trail, made by
     * the system whoever's request noticed it.
     */
    boolean advance(Consultation c, Instant now) {
        ConsultationStatus before = c.getStatus();
        if (!c.advance(now)) {
            return false;
        }
        audit.recordBySystem("transition", "consultation", c.getId(), before + " -> " + c.getStatus());
        return true;
    }

    private void checkReferences(ConsultationDraft draft) {
        if (draft.emdnCodes().stream().anyMatch(code -> !emdn.exists(code))) {
            throw new ValidationException("emdnCodes", "consultation.validation.emdn");
        }
        if (!draft.invitedCompanyIds().isEmpty()) {
            Map<Long, OrganisationSummary> companies = identity.publicProfiles(draft.invitedCompanyIds());
            if (companies.size() != draft.invitedCompanyIds().size()
                    || companies.values().stream().anyMatch(o -> o.kind() != OrganisationKind.COMPANY)) {
                throw new ValidationException("invitedCompanyIds", "consultation.validation.invited");
            }
        }
    }

    static String link(Consultation c) {
        return "/consultations/view.xhtml?id=" + c.getId();
    }

    /** The notice in the reader's language, else Spanish, Basque, English in that order; null when it has none. */
    static Map.Entry<Language, ConsultationText> textFor(Consultation c, Language language) {
        Map<Language, ConsultationText> texts = c.getTexts();
        for (Language candidate : List.of(language, Language.ES, Language.EU, Language.EN)) {
            if (texts.containsKey(candidate)) {
                return Map.entry(candidate, texts.get(candidate));
            }
        }
        return null;
    }

    static String title(Consultation c, Language language) {
        Map.Entry<Language, ConsultationText> text = textFor(c, language);
        return text == null ? "#" + c.getId() : text.getValue().getTitle();
    }

    private String buyerName(Consultation c) {
        return Optional.ofNullable(identity.publicProfiles(List.of(c.getBuyerId())).get(c.getBuyerId()))
                .map(OrganisationSummary::name).orElse("");
    }

    ConsultationView view(Consultation c, Optional<AuthenticatedUser> user, Instant now) {
        boolean team = ConsultationAccess.isBuyingTeam(c, user);
        Map<String, ConsultationView.Text> texts = new TreeMap<>();
        c.getTexts().forEach((language, t) -> texts.put(language.code(),
                new ConsultationView.Text(t.getTitle(), t.getDescription(), t.getNeed(), t.getParticipation())));
        return new ConsultationView(c.getId(), c.getVersion(), c.getStatus(), c.getKind(), c.getBuyerId(), buyerName(c),
                texts, c.getEmdnCodes(), c.getCpvCodes(), c.getStartAt(), c.getDeadline(),
                c.getAdvisers().stream().map(a -> new ConsultationView.AdviserView(a.getName(), a.getAffiliation(),
                        a.getReason())).toList(),
                c.getQuestions().stream().map(q -> new ConsultationView.QuestionView(q.getId(), q.getPosition(),
                        q.getKind(), q.getText(), q.getUnit(), q.getOptions(), q.isRequired())).toList(),
                team ? c.getInvitedCompanyIds() : Set.of(),
                c.getCancelReason(),
                team ? consultations.countSubmitted(c.getId()) : null,
                team,
                ConsultationAccess.mayTakePart(c, user, now));
    }
}
