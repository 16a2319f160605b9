package eus.berrigune.insight.application;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.consultation.application.ConsultationAttention;
import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.pilot.application.PilotAction;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.pilot.application.PilotSummary;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What needs the signed-in user's attention, for the home page: consultations closing soon and questions unanswered
 * (companies, procurement officers), pilots waiting for the user's step (triage, the company's answer, an agreement,
 * results, the sign-off), evidence waiting for verification (evaluators), certificates about to expire (companies,
 * {@value #CERTIFICATE_DAYS} days ahead). Each capability's service decides what the user may see and runs in its own
 * transaction: this class only reads (the catalogue's read side must not run inside a writing transaction).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AttentionService {

    static final int CERTIFICATE_DAYS = 90;
    static final Duration CLOSING_SOON = Duration.ofDays(7);
    static final int REVIEW_LIMIT = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    ConsultationService consultations;

    @Inject
    PilotService pilots;

    @Inject
    CatalogQueries catalog;

    @Inject
    Clock clock;

    /** The caller's items, most urgent first (empty for anonymous visitors). */
    public List<AttentionItem> forCaller(Language language) {
        Optional<AuthenticatedUser> caller = currentUser.get();
        if (caller.isEmpty()) {
            return List.of();
        }
        AuthenticatedUser user = caller.get();
        Instant now = clock.instant();
        List<AttentionItem> items = new ArrayList<>();
        for (ConsultationAttention a : consultations.needingAttention(CLOSING_SOON, language)) {
            String link = (user.hasRole(Role.SUPPLIER) ? "/company/consultation.xhtml?id=" : "/buyer/consultation.xhtml?id=")
                    + a.consultation().id();
            if (a.unansweredQuestions() > 0) {
                items.add(new AttentionItem("consultation", text(language, "attention.consultation.questions",
                        a.unansweredQuestions(), a.consultation().title()), link, a.consultation().deadline(), true));
            } else {
                items.add(new AttentionItem("consultation", text(language, user.hasRole(Role.SUPPLIER)
                                ? a.answerSubmitted() ? "attention.consultation.closingSubmitted"
                                        : "attention.consultation.closingUnanswered"
                                : "attention.consultation.closing", a.consultation().title()),
                        link, a.consultation().deadline(), !a.answerSubmitted()));
            }
        }
        for (Map.Entry<PilotSummary, PilotAction> p : pilots.awaitingCaller(language)) {
            items.add(new AttentionItem("pilot", text(language, "attention.pilot." + p.getValue().name(),
                    p.getKey().productName(), p.getKey().needTitle()), "/pilots/pilot.xhtml?id=" + p.getKey().id(),
                    null, true));
        }
        if (user.hasRole(Role.EVALUATOR)) {
            int waiting = catalog.evidenceToReview(REVIEW_LIMIT).size();
            if (waiting > 0) {
                items.add(new AttentionItem("evidence", text(language, "attention.evidence", waiting),
                        "/evaluator/review.xhtml", null, false));
            }
        }
        if (user.hasRole(Role.SUPPLIER)) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            for (ProductSummary p : catalog.ownProducts(language)) {
                if (p.status() == ProductStatus.ARCHIVED || p.certificateExpiry() == null
                        || p.certificateExpiry().isAfter(today.plusDays(CERTIFICATE_DAYS))) {
                    continue;
                }
                boolean expired = p.certificateExpiry().isBefore(today);
                items.add(new AttentionItem("certificate", text(language, expired ? "attention.certificate.expired"
                                : "attention.certificate.expiring", p.name(), p.certificateExpiry().toString()),
                        "/company/product.xhtml?id=" + p.id(), p.certificateExpiry().atStartOfDay(ZoneOffset.UTC)
                                .toInstant(), true));
            }
        }
        items.sort((a, b) -> {
            if (a.urgent() != b.urgent()) {
                return a.urgent() ? -1 : 1;
            }
            if (a.due() == null || b.due() == null) {
                return a.due() == null ? (b.due() == null ? 0 : 1) : -1;
            }
            return a.due().compareTo(b.due());
        });
        return items;
    }

    private static String text(Language language, String key, Object... arguments) {
        return MessageBundle.get(language, key, arguments);
    }
}
