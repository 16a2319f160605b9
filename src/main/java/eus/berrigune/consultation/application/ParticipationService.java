package eus.berrigune.consultation.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.consultation.domain.Answer;
import eus.berrigune.consultation.domain.AnswerItem;
import eus.berrigune.consultation.domain.Clarification;
import eus.berrigune.consultation.domain.Consultation;
import eus.berrigune.consultation.domain.ConsultationRepository;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.InvalidStateException;
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

/**
 * Taking part in a consultation: companies' clarification questions and answers, the buying team's published
 * clarifications and its reading of the answers. The transaction and authorisation boundary of participation:
 * a company sees its own answer and questions only; answers are sealed for the buying team until the deadline;
 * nobody ever learns which company asked a question.
 */
@ApplicationScoped
@Transactional
public class ParticipationService {

    @Inject
    ConsultationRepository consultations;

    @Inject
    ConsultationService consultationService;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityService identity;

    @Inject
    CatalogQueries catalog;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ConsultationDocuments documents;

    /** A company asks a clarification question (while the consultation accepts answers). */
    public long ask(long consultationId, String question) {
        AuthenticatedUser user = supplier();
        Consultation c = readable(consultationId);
        Instant now = clock.instant();
        if (!c.admits(user.organisationId())) {
            throw new AccessDeniedException();
        }
        long id = consultations.save(new Clarification(c, user.organisationId(), question, now)).getId();
        audit.record("ask", "clarification", id, "consultation " + consultationId);
        for (IdentityService.Recipient r : identity.recipients(Set.of(c.getBuyerId()), Role.BUYER)) {
            notifications.send(r.userId(), "notification.consultation.questionReceived", ConsultationService.link(c),
                    ConsultationService.title(c, r.language()), null);
        }
        return id;
    }

    /**
     * The clarifications the caller may see: published ones for everybody; the buying team also sees received ones
     * (without their author); a company also sees its own received questions.
     */
    public List<ClarificationView> clarifications(long consultationId) {
        Consultation c = readable(consultationId);
        Optional<AuthenticatedUser> user = currentUser.get();
        boolean team = ConsultationAccess.isBuyingTeam(c, user);
        Long company = user.filter(u -> u.hasRole(Role.SUPPLIER)).map(AuthenticatedUser::organisationId).orElse(null);
        List<ClarificationView> views = new ArrayList<>();
        for (Clarification q : consultations.findClarifications(consultationId)) {
            boolean own = company != null && q.getAskerCompanyId() == company;
            boolean published = q.getStatus() == Clarification.Status.PUBLISHED;
            if (published || team || own) {
                views.add(new ClarificationView(q.getId(), q.getStatus(), team || own ? q.getQuestion() : null,
                        q.getPublicQuestion(), q.getAnswer(), q.getPublishedAt(), q.getMergedInto(), own));
            }
        }
        return views;
    }

    /**
     * The buying team answers a question in its own (generalised) wording and publishes it to everybody at once,
     * optionally answering duplicates with it; every participant is told.
     */
    public void publish(long consultationId, long clarificationId, String wording, String answer, List<Long> duplicates) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        if (c.getStatus().isFinal()) {
            throw new InvalidStateException("consultation.state.final");
        }
        Clarification q = clarificationOf(c, clarificationId);
        Instant now = clock.instant();
        q.publish(wording, answer, now);
        for (Long duplicate : duplicates == null ? List.<Long>of() : duplicates) {
            if (duplicate != null && duplicate != clarificationId) {
                clarificationOf(c, duplicate).mergeInto(q);
            }
        }
        // every company the consultation concerns, at the same moment (equal treatment)
        for (IdentityService.Recipient r : identity.recipients(consultationService.audience(c), Role.SUPPLIER)) {
            notifications.send(r.userId(), "notification.consultation.clarificationPublished",
                    ConsultationService.link(c), ConsultationService.title(c, r.language()), null);
        }
        audit.record("publish", "clarification", clarificationId, "consultation " + consultationId
                + (duplicates == null || duplicates.isEmpty() ? "" : ", duplicates " + duplicates));
    }

    /** The caller's company's answer (working copy and last submission), or empty when it has none yet. */
    public Optional<AnswerView> mine(long consultationId) {
        AuthenticatedUser user = supplier();
        readable(consultationId);
        return consultations.findAnswer(consultationId, user.organisationId()).map(a -> view(a, true));
    }

    /** Saves the company's working copy (checked against the questionnaire); the submission is unchanged. */
    public AnswerView save(long consultationId, List<AnswerItem> items, Set<Long> productIds) {
        AuthenticatedUser user = supplier();
        Consultation c = admitted(consultationId, user);
        checkOwnProducts(productIds, user);
        for (AnswerItem item : items) {
            if (item.getDocumentId() != null
                    && !documents.belongsTo(item.getDocumentId(), consultationId, user.organisationId(), item.getQuestionId())) {
                throw new ValidationException("items", "consultation.document.notYours");
            }
        }
        Answer answer = consultations.findAnswer(consultationId, user.organisationId())
                .orElseGet(() -> consultations.save(new Answer(consultationId, user.organisationId())));
        answer.write(c, items, productIds, clock.instant());
        audit.record("save", "answer", answer.getId(), "consultation " + consultationId);
        return view(answer, true);
    }

    /** Submits the working copy, replacing any earlier submission; refused after the deadline. */
    public AnswerView submit(long consultationId) {
        AuthenticatedUser user = supplier();
        Consultation c = admitted(consultationId, user);
        Answer answer = consultations.findAnswer(consultationId, user.organisationId())
                .orElseThrow(() -> new InvalidStateException("consultation.answer.nothingToSubmit"));
        answer.submit(c, user.userId(), clock.instant());
        audit.record("submit", "answer", answer.getId(), "consultation " + consultationId);
        return view(answer, true);
    }

    /** The buying team's view of the answers: a count while sealed, the submissions after the deadline. */
    public AnswersOverview answers(long consultationId) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        long submitted = consultations.countSubmitted(consultationId);
        if (!c.answersUnsealedAt(clock.instant())) {
            return new AnswersOverview(true, submitted, List.of());
        }
        List<Answer> submittedAnswers = consultations.findAnswers(consultationId).stream()
                .filter(a -> a.getSubmittedAt() != null)
                .toList();
        Map<Long, OrganisationSummary> companies =
                identity.publicProfiles(submittedAnswers.stream().map(Answer::getCompanyId).toList());
        List<AnswerView> answers = submittedAnswers.stream().map(a -> view(a, false, companies)).toList();
        // each company's answer is confidential: every reading by the buying team is on the record
        for (Answer a : submittedAnswers) {
            audit.record("read", "answer", a.getId(), "consultation " + consultationId + ", company " + a.getCompanyId());
        }
        return new AnswersOverview(false, submitted, answers);
    }

    private AuthenticatedUser supplier() {
        return currentUser.require(Role.SUPPLIER);
    }

    private Consultation readable(long consultationId) {
        Consultation c = consultations.find(consultationId)
                .orElseThrow(() -> new NotFoundException("consultation", consultationId));
        if (!ConsultationAccess.canRead(c, currentUser.get())) {
            throw new NotFoundException("consultation", consultationId);
        }
        consultationService.advance(c, clock.instant());
        return c;
    }

    private Consultation admitted(long consultationId, AuthenticatedUser user) {
        Consultation c = readable(consultationId);
        if (!c.admits(user.organisationId())) {
            throw new AccessDeniedException();
        }
        return c;
    }

    private Clarification clarificationOf(Consultation c, long clarificationId) {
        return consultations.findClarification(clarificationId)
                .filter(q -> q.getConsultationId() == c.getId())
                .orElseThrow(() -> new NotFoundException("clarification", clarificationId));
    }

    private void checkOwnProducts(Set<Long> productIds, AuthenticatedUser user) {
        if (productIds.isEmpty()) {
            return;
        }
        Map<Long, ProductSummary> readable = catalog.readable(productIds, user.language());
        if (readable.size() != productIds.size()
                || readable.values().stream().anyMatch(p -> p.companyId() != user.organisationId()
                        || p.status() != eus.berrigune.catalog.domain.ProductStatus.PUBLISHED)) {
            throw new ValidationException("productIds", "consultation.answer.ownProducts");
        }
    }

    private AnswerView view(Answer a, boolean ownCompany) {
        return view(a, ownCompany, identity.publicProfiles(List.of(a.getCompanyId())));
    }

    private static AnswerView view(Answer a, boolean ownCompany, Map<Long, OrganisationSummary> companies) {
        String company = Optional.ofNullable(companies.get(a.getCompanyId())).map(OrganisationSummary::name).orElse("");
        return new AnswerView(a.getId(), a.getCompanyId(), company, a.getStatus(),
                ownCompany ? items(a.getItems()) : List.of(), ownCompany ? a.getProductIds() : Set.of(),
                items(a.getSubmittedItems()), a.getSubmittedProductIds(), a.getSubmittedAt(),
                ownCompany && a.hasUnsubmittedChanges());
    }

    private static List<AnswerView.Item> items(List<AnswerItem> items) {
        return items.stream().map(i -> new AnswerView.Item(i.getQuestionId(), i.getText(), i.getNumber(), i.getYesNo(),
                i.getChoices(), i.isConfidential(), i.getDocumentId())).toList();
    }
}
