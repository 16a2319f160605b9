package eus.berrigune.pilot.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.catalog.application.CatalogIndexFeed;
import eus.berrigune.catalog.application.IndexableProduct;
import eus.berrigune.catalog.application.ProductService;
import eus.berrigune.catalog.domain.EvidenceData;
import eus.berrigune.catalog.domain.EvidenceItem;
import eus.berrigune.catalog.domain.EvidenceKind;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.StudyDesign;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.pilot.domain.Actor;
import eus.berrigune.pilot.domain.ClinicalNeed;
import eus.berrigune.pilot.domain.ClinicalNeedRepository;
import eus.berrigune.pilot.domain.GateIssue;
import eus.berrigune.pilot.domain.Pilot;
import eus.berrigune.pilot.domain.PilotEvent;
import eus.berrigune.pilot.domain.PilotEventKind;
import eus.berrigune.pilot.domain.PilotProtocol;
import eus.berrigune.pilot.domain.PilotRepository;
import eus.berrigune.pilot.domain.PilotStatus;
import eus.berrigune.pilot.domain.RegulatoryGate;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.EditConflictException;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Pilot requests through their whole life cycle: the transaction and authorisation boundary of pilots. A pilot is
 * seen by the staff of its buying organisation and, once invited, by its company's users; anybody else gets "not
 * found". Who may take which step is {@link PilotAction}'s rule; the {@link Pilot} aggregate guards the order of the
 * steps. Everybody involved is told of every step (in the application and by e-mail), except the one who took it.
 */
@ApplicationScoped
@Transactional
public class PilotService {

    static final String LINK = "/pilots/pilot.xhtml?id=";

    @Inject
    PilotRepository pilots;

    @Inject
    ClinicalNeedRepository needs;

    @Inject
    CurrentUser currentUser;

    @Inject
    CatalogIndexFeed catalog;

    @Inject
    ProductService products;

    @Inject
    IdentityService identity;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /**
     * A member of the buying organisation asks to try a published product for one of the organisation's needs.
     *
     * @param withinPurpose the requester states that the use lies within the manufacturer's intended purpose
     */
    public long request(long needId, long productId, String intendedUse, boolean withinPurpose) {
        AuthenticatedUser user = currentUser.require();
        if (!user.isBuyingStaff()) {
            throw new AccessDeniedException();
        }
        ClinicalNeed need = needs.find(needId)
                .filter(n -> n.getOrganisationId() == user.organisationId())
                .orElseThrow(() -> new ValidationException("needId", "pilot.validation.unknownNeed"));
        IndexableProduct product = catalog.product(productId)
                .filter(p -> p.status() == ProductStatus.PUBLISHED)
                .orElseThrow(() -> new ValidationException("productId", "pilot.validation.unknownProduct"));
        Pilot pilot = pilots.save(new Pilot(user.organisationId(), need.getId(), product.id(), product.companyId(),
                actor(user), intendedUse, withinPurpose, clock.instant()));
        pilots.flush();
        Set<Long> triagers = new LinkedHashSet<>();
        identity.recipients(List.of(user.organisationId()), Role.BUYER).forEach(r -> triagers.add(r.userId()));
        identity.recipients(List.of(user.organisationId()), Role.EVALUATOR).forEach(r -> triagers.add(r.userId()));
        triagers.remove(user.userId());
        triagers.forEach(id -> notifications.send(id, "notification.pilot.REQUESTED", LINK + pilot.getId(),
                need.data().title(), product.name(user.language())));
        audit.record("request", "pilot", pilot.getId(), "need " + need.getId() + ", product " + product.id());
        return pilot.getId();
    }

    /**
     * Demo data only: a pilot walked from its request to {@code target}, one step every {@code pace} from
     * {@code start}, without notifications. The protocol and results are the demo's own.
     */
    public long seedUnchecked(long organisationId, long needId, long productId, Actor requester, Actor buyer,
            Actor company, String intendedUse, PilotStatus target, Instant start, Duration pace) {
        IndexableProduct product = catalog.product(productId).orElseThrow();
        Instant[] at = {start};
        Supplier<Instant> next = () -> at[0] = at[0].plus(pace);
        Pilot p = pilots.save(new Pilot(organisationId, needId, productId, product.companyId(), requester,
                intendedUse, true, start));
        pilots.flush();
        List<PilotStatus> path = List.of(PilotStatus.TRIAGE, PilotStatus.APPROVED, PilotStatus.COMPANY_INVITED,
                PilotStatus.COMPANY_ACCEPTED, PilotStatus.AGREEMENT_SIGNED, PilotStatus.RUNNING, PilotStatus.EVALUATION,
                PilotStatus.COMPLETED);
        for (PilotStatus step : path) {
            if (p.getStatus() == target) {
                break;
            }
            switch (step) {
                case TRIAGE -> p.startTriage(buyer, next.get());
                case APPROVED -> {
                    if (target == PilotStatus.REJECTED) {
                        p.reject(buyer, "Demo: the department has no staff for a pilot this year.", next.get());
                        continue;
                    }
                    if (target == PilotStatus.NEEDS_CLINICAL_INVESTIGATION) {
                        p.routeToClinicalInvestigation(buyer, "Demo: " + String.join(", ",
                                gate(p).stream().map(Enum::name).toList()), next.get());
                        continue;
                    }
                    p.approve(buyer, gate(p), next.get());
                }
                case COMPANY_INVITED -> p.invite(buyer, next.get());
                case COMPANY_ACCEPTED -> p.accept(company, next.get());
                case AGREEMENT_SIGNED -> {
                    p.proposeProtocol(company, new PilotProtocol(
                            "Fewer unplanned hospital visits than the previous year\nPatients use the device on 80 % of days",
                            12, "The requesting department", "Any serious adverse device effect",
                            "Devices lent free of charge for the pilot", true), next.get());
                    p.agree(company, Pilot.Side.COMPANY, p.getProtocolRevision(), next.get());
                    p.agree(buyer, Pilot.Side.BUYER, p.getProtocolRevision(), next.get());
                }
                case RUNNING -> p.start(buyer, next.get());
                case EVALUATION -> {
                    if (target == PilotStatus.STOPPED) {
                        p.stop(buyer, "Any serious adverse device effect: two skin reactions", next.get());
                        continue;
                    }
                    p.finish(requester, next.get());
                }
                case COMPLETED -> {
                    p.reportResults(requester, List.of(new Pilot.Result(true, "31 % fewer unplanned visits"),
                            new Pilot.Result(false, "Used on 72 % of days")), "Fewer unplanned visits; daily use "
                                    + "fell short of the target in the second month.", 40, next.get());
                    p.signOff(buyer, next.get());
                    pilots.flush();
                    long item = products.recordPilotOutcomeUnchecked(productId, p.getId(), evidence(p, buyer),
                            buyer.name(), buyer.organisation(), at[0]);
                    p.linkEvidence(item);
                }
                default -> throw new IllegalStateException(step.name());
            }
        }
        return p.getId();
    }

    /** The name of a published product in the caller's language, for a request form (empty if none such). */
    public Optional<String> publishedProductName(long productId, Language language) {
        return catalog.product(productId)
                .filter(p -> p.status() == ProductStatus.PUBLISHED)
                .map(p -> p.name(language));
    }

    /** The pilots the caller sees: their buying organisation's, or those their company is invited to. */
    public List<PilotSummary> mine(Language language) {
        AuthenticatedUser user = currentUser.require();
        List<Pilot> list;
        if (user.isBuyingStaff()) {
            list = pilots.findByOrganisation(user.organisationId());
        } else if (user.hasRole(Role.SUPPLIER)) {
            list = pilots.findInvitedCompany(user.organisationId());
        } else {
            throw new AccessDeniedException();
        }
        return list.stream().map(p -> summary(p, language)).toList();
    }

    /** The steps that wait on somebody: a pilot offering one of them to the caller needs the caller's attention. */
    static final Set<PilotAction> DECISIONS = java.util.EnumSet.of(PilotAction.TRIAGE, PilotAction.APPROVE,
            PilotAction.INVITE, PilotAction.ACCEPT, PilotAction.AGREE, PilotAction.START, PilotAction.REPORT_RESULTS,
            PilotAction.SIGN_OFF);

    /**
     * The pilots waiting on the caller, each with the first step it waits for: triage, the company's answer, an
     * agreement, the results, the sign-off.
     */
    public List<Map.Entry<PilotSummary, PilotAction>> awaitingCaller(Language language) {
        Optional<AuthenticatedUser> caller = currentUser.get();
        if (caller.isEmpty()) {
            return List.of();
        }
        AuthenticatedUser user = caller.get();
        List<Pilot> list = user.isBuyingStaff() ? pilots.findByOrganisation(user.organisationId())
                : user.hasRole(Role.SUPPLIER) ? pilots.findInvitedCompany(user.organisationId()) : List.of();
        List<Map.Entry<PilotSummary, PilotAction>> waiting = new ArrayList<>();
        for (Pilot p : list) {
            PilotAction.allowedFor(p, user).stream().filter(DECISIONS::contains).findFirst()
                    .ifPresent(a -> waiting.add(Map.entry(summary(p, language), a)));
        }
        return waiting;
    }

    /**
     * Market-wide pilot figures for public dashboards: how many pilots have reached each state, over every buying
     * organisation (counts only: no pilot, need, product or company is named).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<PilotStatus, Long> countsByStatus() {
        return pilots.countByStatus();
    }

    /** The pilots requested for a need of the caller's organisation. */
    public List<PilotSummary> forNeed(long needId, Language language) {
        AuthenticatedUser user = currentUser.require();
        if (!user.isBuyingStaff()) {
            throw new AccessDeniedException(); // as NeedService: not buying staff, whichever the id
        }
        needs.find(needId)
                .filter(n -> n.getOrganisationId() == user.organisationId())
                .orElseThrow(() -> new NotFoundException("need", needId));
        return pilots.findByNeed(needId).stream().map(p -> summary(p, language)).toList();
    }

    public PilotView get(long id, Language language) {
        AuthenticatedUser user = currentUser.require();
        return view(visible(id, user), user, language);
    }

    // ---- triage

    public void startTriage(long id) {
        step(id, PilotAction.TRIAGE, (p, a) -> p.startTriage(a, clock.instant()));
    }

    public void approve(long id) {
        step(id, PilotAction.APPROVE, (p, a) -> p.approve(a, gate(p), clock.instant()));
    }

    public void reject(long id, String reason) {
        step(id, PilotAction.REJECT, (p, a) -> p.reject(a, reason, clock.instant()));
    }

    public void routeToClinicalInvestigation(long id, String note) {
        step(id, PilotAction.CLINICAL_INVESTIGATION, (p, a) -> p.routeToClinicalInvestigation(a, note, clock.instant()));
    }

    // ---- the company

    public void invite(long id) {
        step(id, PilotAction.INVITE, (p, a) -> p.invite(a, clock.instant()));
    }

    public void accept(long id) {
        step(id, PilotAction.ACCEPT, (p, a) -> p.accept(a, clock.instant()));
    }

    public void decline(long id, String reason) {
        step(id, PilotAction.DECLINE, (p, a) -> p.decline(a, reason, clock.instant()));
    }

    // ---- protocol

    /** Proposes the protocol; fails with a conflict if somebody changed the pilot since {@code version}. */
    public void proposeProtocol(long id, long version, PilotProtocol protocol) {
        step(id, PilotAction.PROPOSE_PROTOCOL, (p, a) -> {
            if (p.getVersion() != version) {
                throw new EditConflictException();
            }
            p.proposeProtocol(a, protocol, clock.instant());
        });
    }

    /** The caller's side agrees the protocol revision it read. */
    public void agree(long id, int revision) {
        step(id, PilotAction.AGREE, (p, a) -> p.agree(a,
                PilotAction.isCompany(p, currentUser.require()) ? Pilot.Side.COMPANY : Pilot.Side.BUYER, revision,
                clock.instant()));
    }

    // ---- running and evaluation

    public void start(long id) {
        step(id, PilotAction.START, (p, a) -> p.start(a, clock.instant()));
    }

    public void postUpdate(long id, String note) {
        step(id, PilotAction.UPDATE, (p, a) -> p.postUpdate(a, note, clock.instant()));
    }

    public void stop(long id, String criterion) {
        step(id, PilotAction.STOP, (p, a) -> p.stop(a, criterion, clock.instant()));
    }

    public void finish(long id) {
        step(id, PilotAction.FINISH, (p, a) -> p.finish(a, clock.instant()));
    }

    public void reportResults(long id, List<Pilot.Result> results, String summary, Integer participants) {
        step(id, PilotAction.REPORT_RESULTS, (p, a) -> p.reportResults(a, results, summary, participants,
                clock.instant()));
    }

    /**
     * The buyer signs the outcome off: the pilot is completed and its outcome becomes a real-world evidence item on
     * the product, verified by the buying organisation and linked to the pilot; the product's evidence level follows.
     */
    public void signOff(long id) {
        step(id, PilotAction.SIGN_OFF, (p, a) -> {
            p.signOff(a, clock.instant());
            long item = products.recordPilotOutcome(p.getProductId(), p.getId(), evidence(p));
            p.linkEvidence(item);
        });
    }

    public void withdraw(long id, String reason) {
        step(id, PilotAction.WITHDRAW, (p, a) -> p.withdraw(a, reason, clock.instant()));
    }

    // ---- the workings

    @FunctionalInterface
    private interface Step {
        void apply(Pilot pilot, Actor actor);
    }

    /** Checks that the caller sees the pilot (404) and may take the step (403), takes it and tells the others. */
    private void step(long id, PilotAction action, Step step) {
        AuthenticatedUser user = currentUser.require();
        Pilot pilot = visible(id, user);
        if (!action.allowed(pilot, user)) {
            if (action.hasPart(pilot, user)) {
                throw new InvalidStateException("pilot.error.illegalStep");
            }
            throw new AccessDeniedException();
        }
        int before = pilot.getEvents().size();
        step.apply(pilot, actor(user));
        pilots.flush();
        List<PilotEvent> added = pilot.getEvents().subList(before, pilot.getEvents().size());
        for (PilotEvent event : added) {
            tell(pilot, event, user);
        }
        audit.record(action.name().toLowerCase(Locale.ROOT).replace('_', '-'), "pilot", id,
                "now " + pilot.getStatus().name());
    }

    private Pilot visible(long id, AuthenticatedUser user) {
        return pilots.find(id)
                .filter(p -> PilotAction.isStaff(p, user) || PilotAction.isCompany(p, user))
                .orElseThrow(() -> new NotFoundException("pilot", id));
    }

    private Set<GateIssue> gate(Pilot pilot) {
        IndexableProduct product = product(pilot);
        ClinicalNeed need = need(pilot);
        return RegulatoryGate.check(product.ceStatus(), product.certificateExpiry(), product.emdnCode(),
                need.data().emdnCodes(), pilot.isWithinPurpose(), LocalDate.now(clock));
    }

    private IndexableProduct product(Pilot pilot) {
        return catalog.product(pilot.getProductId())
                .orElseThrow(() -> new NotFoundException("product", pilot.getProductId()));
    }

    private ClinicalNeed need(Pilot pilot) {
        return needs.find(pilot.getNeedId()).orElseThrow(() -> new NotFoundException("need", pilot.getNeedId()));
    }

    /** Everybody involved but the one who took the step: the requester, the triager and, once invited, the company. */
    private void tell(Pilot pilot, PilotEvent event, AuthenticatedUser by) {
        if (event.getKind() == PilotEventKind.REQUESTED) {
            return;
        }
        Set<Long> recipients = new LinkedHashSet<>();
        recipients.add(pilot.getRequestedBy());
        pilot.getTriagedBy().ifPresent(recipients::add);
        if (pilot.isCompanyInvited()) {
            identity.recipients(List.of(pilot.getCompanyId()), Role.SUPPLIER)
                    .forEach(r -> recipients.add(r.userId()));
        }
        recipients.remove(by.userId());
        if (recipients.isEmpty()) {
            return;
        }
        ClinicalNeed need = need(pilot);
        String product = product(pilot).name(need.getLanguage());
        for (Long recipient : recipients) {
            notifications.send(recipient, "notification.pilot." + event.getKind().name(), LINK + pilot.getId(),
                    need.data().title(), product);
        }
    }

    /** The outcome as an evidence item, in the need's language. */
    private EvidenceData evidence(Pilot p) {
        return evidence(p, actor(currentUser.require()));
    }

    private EvidenceData evidence(Pilot p, Actor signer) {
        ClinicalNeed need = need(p);
        Language language = need.getLanguage();
        // public on the product: the hospital and the outcome, never the need (its staff's only, docs/pilots.md)
        String title = MessageBundle.get(language, "pilot.evidence.title", signer.organisation());
        StringBuilder summary = new StringBuilder(p.getResultSummary());
        for (var r : p.getResults()) {
            summary.append("\n").append(MessageBundle.get(language, r.isMet() ? "pilot.evidence.met" : "pilot.evidence.notMet",
                    r.getEndpoint(), r.getFinding()));
        }
        return new EvidenceData(EvidenceKind.REAL_WORLD, StudyDesign.REAL_WORLD_DATA, p.getParticipants(),
                shorten(title, EvidenceItem.TITLE_MAX), shorten(summary.toString(), EvidenceItem.SUMMARY_MAX), language,
                null, null);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static Actor actor(AuthenticatedUser user) {
        return new Actor(user.userId(), user.displayName(), user.organisationName());
    }

    private PilotSummary summary(Pilot p, Language language) {
        Optional<IndexableProduct> product = catalog.product(p.getProductId());
        return new PilotSummary(p.getId(), p.getStatus(), label(language, "PilotStatus." + p.getStatus().name()),
                p.getStatusSince(), needs.find(p.getNeedId()).map(n -> n.data().title()).orElse(""),
                product.map(x -> x.name(language)).orElse("#" + p.getProductId()),
                product.map(IndexableProduct::companyName).orElse(""));
    }

    private PilotView view(Pilot p, AuthenticatedUser user, Language language) {
        boolean staff = PilotAction.isStaff(p, user);
        ClinicalNeed need = need(p);
        ClinicalNeed.NeedData data = need.data();
        IndexableProduct product = product(p);
        List<PilotView.Gate> gate = staff
                ? gate(p).stream().map(g -> new PilotView.Gate(g, label(language, "GateIssue." + g.name()))).toList()
                : List.of();
        PilotProtocol protocol = p.getProtocol();
        boolean reasonVisible = staff || p.getStatus() == PilotStatus.COMPANY_DECLINED
                || p.getStatus() == PilotStatus.WITHDRAWN;
        List<PilotView.Event> timeline = new ArrayList<>();
        for (PilotEvent e : p.getEvents()) {
            if (staff || e.isCompanyVisible()) {
                timeline.add(new PilotView.Event(e.getOccurredAt(), e.getKind(),
                        label(language, "PilotEventKind." + e.getKind().name()), e.getStatus(), e.getActorName(),
                        e.getActorOrganisation(), e.getNote()));
            }
        }
        String requester = staff ? p.getEvents().get(0).getActorName() : null;
        return new PilotView(p.getId(), p.getVersion(), p.getStatus(),
                label(language, "PilotStatus." + p.getStatus().name()), p.getStatusSince(), p.getNeedId(),
                data.title(), data.problem(), data.desiredOutcomes(), data.hospital(), p.getProductId(),
                product.name(language), p.getCompanyId(), product.companyName(), requester,
                p.getIntendedUse(), p.isWithinPurpose(), gate, reasonVisible ? p.getDecisionReason() : null,
                new PilotView.Protocol(p.getProtocolRevision(), protocol.endpointList(), protocol.getEndpoints(),
                        protocol.getDurationWeeks(), protocol.getSites(), protocol.getStopCriteria(),
                        protocol.getCosts(), protocol.isDataProtectionDone()),
                p.getBuyerAgreedAt() == null ? null : new PilotView.Agreement(p.getBuyerAgreedBy(), p.getBuyerAgreedAt()),
                p.getCompanyAgreedAt() == null ? null
                        : new PilotView.Agreement(p.getCompanyAgreedBy(), p.getCompanyAgreedAt()),
                p.getStartedAt(), p.getEndedAt(), p.getStopCriterion(),
                p.getResults().stream().map(r -> new PilotView.Result(r.getEndpoint(), r.isMet(), r.getFinding()))
                        .toList(),
                p.getResultSummary(), p.getParticipants(), p.getSignedOffBy(), p.getSignedOffAt(),
                p.getEvidenceItemId().orElse(null), timeline, PilotAction.allowedFor(p, user));
    }

    private static String label(Language language, String key) {
        return MessageBundle.get(language, key);
    }
}
