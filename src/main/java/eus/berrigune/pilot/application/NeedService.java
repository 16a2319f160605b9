package eus.berrigune.pilot.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.catalog.application.CatalogIndexFeed;
import eus.berrigune.catalog.application.IndexableProduct;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.consultation.domain.ConsultationDraft;
import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.ConsultationText;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.pilot.domain.CandidateRanking;
import eus.berrigune.pilot.domain.ClinicalNeed;
import eus.berrigune.pilot.domain.ClinicalNeedRepository;
import eus.berrigune.search.application.ProductSearch;
import eus.berrigune.search.application.SearchRequest;
import eus.berrigune.search.application.SearchResponse;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clinical needs and their candidate products: the transaction and authorisation boundary. Needs are written and read
 * by the staff of the clinician's own buying organisation (clinicians, procurement officers, evaluators); anybody
 * else gets "not found".
 */
@ApplicationScoped
@Transactional
public class NeedService {

    /** Most candidates proposed for a need. */
    public static final int MAX_CANDIDATES = 20;
    static final int SEARCHED_PER_CODE = 100;

    @Inject
    ClinicalNeedRepository needs;

    @Inject
    CurrentUser currentUser;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    ProductSearch search;

    @Inject
    CatalogIndexFeed feed;

    @Inject
    Clock clock;

    @Inject
    ConsultationService consultations;

    @Inject
    AuditTrail audit;

    @Inject
    IdentityService identity;

    @Inject
    NotificationService notifications;

    public long create(ClinicalNeed.NeedData data) {
        AuthenticatedUser user = staff();
        if (data.emdnCodes().stream().anyMatch(code -> !emdn.exists(code))) {
            throw new ValidationException("emdnCodes", "consultation.validation.emdn");
        }
        long id = needs.save(new ClinicalNeed(user.organisationId(), user.userId(), user.language(), data)).getId();
        audit.record("create", "need", id);
        return id;
    }

    /** Writes a need without an acting user: for the demo data set only. */
    public long createUnchecked(long organisationId, long userId, Language language, ClinicalNeed.NeedData data) {
        return needs.save(new ClinicalNeed(organisationId, userId, language, data)).getId();
    }

    public NeedView get(long id) {
        return view(own(id));
    }

    /** The caller's organisation's needs, newest first. */
    public List<NeedView> mine() {
        return needs.findByOrganisation(staff().organisationId()).stream().map(NeedService::view).toList();
    }

    /**
     * Published products under the need's EMDN codes, ranked by {@link CandidateRanking} and explained in the
     * reader's language. A need without EMDN codes has no candidates yet (ask the market instead).
     */
    public List<CandidateView> candidates(long id, Language language) {
        ClinicalNeed need = own(id);
        ClinicalNeed.NeedData data = need.data();
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : data.emdnCodes()) {
            SearchResponse found = search.search(new SearchRequest("", Map.of(), code, SearchRequest.Sort.EVIDENCE, 0,
                    SEARCHED_PER_CODE, language));
            found.hits().stream().map(SearchResponse.Hit::id).forEach(ids::add);
        }
        List<CandidateRanking.Facts> facts = new ArrayList<>();
        java.util.Map<Long, IndexableProduct> products = new java.util.HashMap<>();
        for (Long productId : ids) {
            feed.product(productId)
                    .filter(p -> p.status() == eus.berrigune.catalog.domain.ProductStatus.PUBLISHED)
                    .ifPresent(p -> {
                        products.put(p.id(), p);
                        facts.add(new CandidateRanking.Facts(p.id(), p.emdnCode(), p.ceStatus(), p.certificateExpiry(),
                                p.evidenceLevel(), p.evidenceCount(), p.verifiedCount(), p.interoperability(),
                                p.kgCo2e() != null, p.takeBack()));
                    });
        }
        return CandidateRanking.rank(data.emdnCodes(), data.requiredStandards(), facts, LocalDate.now(clock)).stream()
                .limit(MAX_CANDIDATES)
                .map(r -> {
                    IndexableProduct p = products.get(r.productId());
                    return new CandidateView(p.id(), p.name(language), p.companyName(), r.score(),
                            r.clinicalInvestigation(), r.reasons().stream()
                                    .map(reason -> "+" + reason.points() + " · " + MessageBundle.get(language,
                                            reason.messageKey(), reason.arguments().stream()
                                                    .map(a -> label(a, language)).toArray()))
                                    .toList());
                })
                .toList();
    }

    /**
     * Asks the market instead of piloting a known product: turns the need into a draft preliminary market
     * consultation of the organisation, carrying its text and EMDN codes over (procurement officers only, once per
     * need). Returns the consultation's id.
     */
    public long askTheMarket(long id) {
        ClinicalNeed need = own(id);
        if (!currentUser.require().hasRole(Role.BUYER)) {
            throw new AccessDeniedException();
        }
        ClinicalNeed.NeedData d = need.data();
        StringBuilder wanted = new StringBuilder();
        for (String part : new String[] {d.desiredOutcomes(), d.constraints()}) {
            if (part != null) {
                wanted.append(wanted.isEmpty() ? "" : "\n\n").append(part);
            }
        }
        String description = d.problem();
        ConsultationText text = new ConsultationText(d.title(), description,
                wanted.isEmpty() ? null : wanted.toString(), null);
        long consultation = consultations.create(new ConsultationDraft(ConsultationKind.OPEN,
                Map.of(need.getLanguage(), text), List.copyOf(d.emdnCodes()), List.of(), null, null, List.of(),
                List.of(), Set.of()));
        need.turnedInto(consultation);
        audit.record("ask-the-market", "need", id, "consultation " + consultation);
        return consultation;
    }

    /**
     * A clinician (or any staff) who knows no product asks the organisation's procurement officers to consult the
     * market for the need; they are notified and can turn it into a consultation ({@link #askTheMarket}).
     */
    public void requestMarketConsultation(long id) {
        ClinicalNeed need = own(id);
        need.requestMarketConsultation(clock.instant());
        AuthenticatedUser user = currentUser.require();
        identity.recipients(List.of(need.getOrganisationId()), Role.BUYER).stream()
                .filter(r -> r.userId() != user.userId())
                .forEach(r -> notifications.send(r.userId(), "notification.need.marketRequested",
                        "/pilots/need.xhtml?id=" + id, need.data().title(), user.displayName()));
        audit.record("request-market-consultation", "need", id);
    }

    /** An enum argument is shown by its label ({@code EnumClass.VALUE}), anything else as it is. */
    private static Object label(Object argument, Language language) {
        return argument instanceof Enum<?> e
                ? MessageBundle.get(language, e.getDeclaringClass().getSimpleName() + "." + e.name())
                : argument;
    }

    private AuthenticatedUser staff() {
        AuthenticatedUser user = currentUser.require();
        if (!user.isBuyingStaff()) {
            throw new AccessDeniedException();
        }
        return user;
    }

    private ClinicalNeed own(long id) {
        AuthenticatedUser user = staff();
        return needs.find(id)
                .filter(n -> n.getOrganisationId() == user.organisationId())
                .orElseThrow(() -> new NotFoundException("need", id));
    }

    private static NeedView view(ClinicalNeed n) {
        ClinicalNeed.NeedData d = n.data();
        return new NeedView(n.getId(), n.getLanguage().code(), d.title(), d.problem(), d.careSetting(), d.hospital(),
                d.department(), d.patientsAffected(), d.desiredOutcomes(), d.constraints(), d.emdnCodes(),
                d.requiredStandards(), n.getConsultationId().orElse(null), n.getMarketRequestedAt().orElse(null),
                n.getCreatedAt());
    }
}
