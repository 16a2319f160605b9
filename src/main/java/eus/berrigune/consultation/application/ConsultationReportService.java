package eus.berrigune.consultation.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.consultation.domain.Answer;
import eus.berrigune.consultation.domain.AnswerItem;
import eus.berrigune.consultation.domain.Clarification;
import eus.berrigune.consultation.domain.Consultation;
import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.ConsultationReport;
import eus.berrigune.consultation.domain.ConsultationRepository;
import eus.berrigune.consultation.domain.ConsultationStatus;
import eus.berrigune.consultation.domain.ConsultationText;
import eus.berrigune.consultation.domain.Question;
import eus.berrigune.consultation.domain.QuestionKind;
import eus.berrigune.consultation.domain.ReportText;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report of a consultation: drafted by the buying team once the consultation is closed (pre-filled from the
 * record: a generalised summary of the answers that counts only non-confidential choices, and the equal-treatment
 * measures Berrigune applied), edited, then published in Spanish and Basque (English too when written), after which
 * anybody reads it as a page or a PDF. The transaction and authorisation boundary of reports.
 */
@ApplicationScoped
@Transactional
public class ConsultationReportService {

    /** Fewest submitted answers for which the pre-filled summary gives counts per option. */
    static final int MIN_FOR_COUNTS = 3;

    @Inject
    ConsultationRepository consultations;

    @Inject
    ConsultationService consultationService;

    @Inject
    IdentityService identity;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The buying team's draft of the report (created, pre-filled, on first use); only once the consultation closed. */
    public ReportView draft(long consultationId, Language language) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        ConsultationReport report = reportOf(c);
        return view(c, report, language, true);
    }

    /** Saves the written parts (per language code); only before publication. */
    public ReportView save(long consultationId, long version, Map<Language, ReportText> texts, Language language) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        ConsultationReport report = reportOf(c);
        if (report.getVersion() != version) {
            throw new eus.berrigune.shared.domain.EditConflictException();
        }
        report.write(texts);
        audit.record("update", "report", consultationId);
        return view(c, report, language, true);
    }

    /** Publishes the report: the consultation reaches its final state; participants are told. */
    public void publish(long consultationId) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        ConsultationReport report = reportOf(c);
        report.publish(c, clock.instant());
        for (IdentityService.Recipient r : identity.recipients(consultations.participants(consultationId), Role.SUPPLIER)) {
            notifications.send(r.userId(), "notification.consultation.reportPublished",
                    "/consultations/report.xhtml?id=" + c.getId(), ConsultationService.title(c, r.language()), null);
        }
        audit.record("publish", "report", consultationId);
    }

    /** The published report, for anybody; not found before publication. */
    public ReportView published(long consultationId, Language language) {
        Consultation c = consultations.find(consultationId)
                .orElseThrow(() -> new NotFoundException("report", consultationId));
        ConsultationReport report = consultations.findReport(consultationId)
                .filter(ConsultationReport::isPublished)
                .orElseThrow(() -> new NotFoundException("report", consultationId));
        return view(c, report, language, false);
    }

    private ConsultationReport reportOf(Consultation c) {
        if (c.getStatus() != ConsultationStatus.CLOSED && c.getStatus() != ConsultationStatus.REPORT_PUBLISHED) {
            throw new InvalidStateException("consultation.report.notClosed");
        }
        return consultations.findReport(c.getId()).orElseGet(() -> consultations.save(
                new ConsultationReport(c.getId(), generated(c))));
    }

    /** The pre-filled parts in every language: summary of the answers and the equal-treatment measures applied. */
    private Map<Language, ReportText> generated(Consultation c) {
        List<Answer> submitted = consultations.findAnswers(c.getId()).stream()
                .filter(a -> a.getSubmittedAt() != null)
                .toList();
        Map<Language, ReportText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            StringBuilder summary = new StringBuilder(
                    MessageBundle.get(language, "consultation.report.generated.answers", submitted.size()));
            for (Question q : c.getQuestions()) {
                summary.append("\n\n").append(q.getPosition() + 1).append(". ").append(abbreviated(q.getText()))
                        .append('\n').append(summarise(q, submitted, language));
            }
            if (summary.length() > ReportText.TEXT_MAX) { // 50 long questions: the team shortens it while editing
                summary.setLength(ReportText.TEXT_MAX - 1);
                summary.append('…');
            }
            String measures = MessageBundle.get(language, c.getKind() == ConsultationKind.OPEN
                    ? "consultation.report.generated.equalTreatment.open"
                    : "consultation.report.generated.equalTreatment.selected", c.getInvitedCompanyIds().size());
            texts.put(language, new ReportText(null, summary.toString(), null, measures));
        }
        return texts;
    }

    private static String abbreviated(String question) {
        return question.length() <= 120 ? question : question.substring(0, 119) + "…";
    }

    /** How many answered, and for yes/no and choice questions the counts of non-confidential answers. */
    private static String summarise(Question q, List<Answer> submitted, Language language) {
        List<AnswerItem> items = new ArrayList<>();
        for (Answer a : submitted) {
            a.getSubmittedItems().stream().filter(i -> i.getQuestionId() == q.getId()).findFirst().ifPresent(items::add);
        }
        StringBuilder line = new StringBuilder(MessageBundle.get(language, "consultation.report.generated.answered",
                items.size()));
        List<AnswerItem> open = items.stream().filter(i -> !i.isConfidential()).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (submitted.size() < MIN_FOR_COUNTS) {
            // with one or two respondents, named among the entities consulted, counts would reveal their answers
            return line.toString();
        }
        if (q.getKind() == QuestionKind.YES_NO) {
            counts.put(MessageBundle.get(language, "form.yes"), (int) open.stream().filter(i -> Boolean.TRUE.equals(i.getYesNo())).count());
            counts.put(MessageBundle.get(language, "form.no"), (int) open.stream().filter(i -> Boolean.FALSE.equals(i.getYesNo())).count());
        } else if (q.getKind() == QuestionKind.SINGLE_CHOICE || q.getKind() == QuestionKind.MULTIPLE_CHOICE) {
            for (String option : q.getOptions()) {
                counts.put(option, (int) open.stream().filter(i -> i.getChoices().contains(option)).count());
            }
        }
        if (!counts.isEmpty()) {
            line.append(' ');
            counts.forEach((label, count) -> line.append(label).append(": ").append(count).append("; "));
            line.setLength(line.length() - 2);
            line.append('.');
        }
        if (open.size() < items.size()) {
            line.append(' ').append(MessageBundle.get(language, "consultation.report.generated.confidentialLeftOut",
                    items.size() - open.size()));
        }
        return line.toString();
    }

    private ReportView view(Consultation c, ConsultationReport report, Language language, boolean team) {
        Map.Entry<Language, ConsultationText> notice = ConsultationService.textFor(c, language);
        Map<Long, OrganisationSummary> companies = identity.publicProfiles(consultations.findAnswers(c.getId()).stream()
                .filter(a -> a.getSubmittedAt() != null).map(Answer::getCompanyId).toList());
        List<String> consulted = companies.values().stream().map(OrganisationSummary::name)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        List<ReportView.Clarified> clarified = consultations.findClarifications(c.getId()).stream()
                .filter(q -> q.getStatus() == Clarification.Status.PUBLISHED)
                .map(q -> new ReportView.Clarified(q.getPublicQuestion(), q.getAnswer()))
                .toList();
        Map<String, ReportView.Text> texts = new TreeMap<>();
        report.getTexts().forEach((l, t) -> texts.put(l.code(), text(t)));
        ReportView.Text text = Optional.ofNullable(report.getTexts().get(language)).map(ConsultationReportService::text)
                .or(() -> report.getTexts().entrySet().stream()
                        .filter(e -> ConsultationReport.REQUIRED_LANGUAGES.contains(e.getKey()))
                        .map(e -> text(e.getValue())).findFirst())
                .orElse(new ReportView.Text(null, null, null, null));
        String buyer = Optional.ofNullable(identity.publicProfiles(List.of(c.getBuyerId())).get(c.getBuyerId()))
                .map(OrganisationSummary::name).orElse("");
        return new ReportView(c.getId(), report.getVersion(), report.getPublishedAt(), language.code(),
                notice == null ? "#" + c.getId() : notice.getValue().getTitle(),
                notice == null ? null : notice.getValue().getDescription(),
                notice == null ? null : notice.getValue().getNeed(),
                buyer, c.getKind(),
                c.getEmdnCodes().stream().sorted()
                        .map(code -> code + " " + emdn.find(code).map(EmdnTerm::term).orElse("")).toList(),
                c.getCpvCodes().stream().sorted().toList(),
                c.getScheduledAt(), c.getStartAt(), c.getDeadline(),
                c.getAdvisers().stream().map(a -> new ConsultationView.AdviserView(a.getName(), a.getAffiliation(),
                        a.getReason())).toList(),
                c.getQuestions().stream().map(Question::getText).toList(),
                clarified, consulted,
                consultations.findSessions(c.getId()).stream()
                        .filter(s -> s.getStatus() == eus.berrigune.consultation.domain.ConsultationSession.Status.HELD)
                        .map(s -> new ReportView.Held(s.getKind() == eus.berrigune.consultation.domain.ConsultationSession.Kind.ONE_TO_ONE,
                                s.getStartsAt(), s.getMinutes()))
                        .toList(),
                text, team ? texts : Map.of());
    }

    private static ReportView.Text text(ReportText t) {
        return new ReportView.Text(t.getStudies(), t.getAnswersSummary(), t.getConclusions(), t.getEqualTreatment());
    }
}
