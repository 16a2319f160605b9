package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.consultation.application.AnswerView;
import eus.berrigune.consultation.application.AnswersOverview;
import eus.berrigune.consultation.application.ClarificationView;
import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.consultation.application.ConsultationView;
import eus.berrigune.consultation.application.ParticipationService;
import eus.berrigune.consultation.domain.Clarification;
import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.QuestionKind;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.web.DateTimes;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import eus.berrigune.shared.interfaces.web.PageResponses;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /buyer/consultation.xhtml[?id=…]}: the buying team drafts a consultation (notice in up to three languages,
 * codes, dates, advisers, questionnaire, participants), schedules it after confirming, cancels it with a reason,
 * answers clarification questions in its own wording (merging duplicates), and after the deadline compares the
 * answers question by question.
 */
@Named
@ViewScoped
public class ConsultationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "consultation";

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient ParticipationService participation;

    @Inject
    transient IdentityService identity;

    @Inject
    transient eus.berrigune.consultation.application.ConsultationReportService reports;

    @Inject
    transient eus.berrigune.consultation.application.SessionService sessionService;

    @Inject
    transient eus.berrigune.consultation.application.ConsultationDocuments documentService;

    @Inject
    transient eus.berrigune.shortlist.application.ShortlistService shortlists;

    @Inject
    transient eus.berrigune.shortlist.application.SavedSearchService savedSearches;

    @Inject
    transient eus.berrigune.nomenclature.application.EmdnNomenclature emdn;

    @Inject
    DateTimes dates;

    @Inject
    LocaleBean locale;

    private Long id;
    private ConsultationView consultation;
    private ConsultationForm form = new ConsultationForm();
    private List<OrganisationSummary> companies = List.of();
    private List<ClarificationView> clarifications = List.of();
    private AnswersOverview answers;
    private final Map<String, String> errors = new HashMap<>();
    private boolean confirmingSchedule;
    private boolean confirmingCancel;
    private String cancelReason;
    private final Map<Long, ReplyForm> replies = new HashMap<>();
    private eus.berrigune.consultation.application.ReportView report;
    private final Map<String, ReportForm> reportTexts = new java.util.LinkedHashMap<>();
    private boolean confirmingReport;
    private List<eus.berrigune.consultation.application.SessionView> sessions = List.of();
    private eus.berrigune.consultation.domain.ConsultationSession.Kind sessionKind =
            eus.berrigune.consultation.domain.ConsultationSession.Kind.INFORMATION;
    private String sessionStartsAt;
    private Integer sessionDuration = 60;
    private Integer sessionSlots = 1;
    private String sessionLocation;
    private String sessionAgenda;
    private final Map<Long, String> sessionMinutes = new HashMap<>();
    private transient jakarta.servlet.http.Part attachment;
    private List<eus.berrigune.consultation.application.ConsultationDocuments.Attachment> documents = List.of();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            companies = identity.companies();
            if (id != null) {
                reload();
                if (!consultation.buyingTeam()) {
                    throw new NotFoundException("consultation", id);
                }
                form = ConsultationForm.of(consultation, dates);
            } else {
                startFrom(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
            }
        } catch (NotFoundException | AccessDeniedException e) {
            PageResponses.notFound();
        }
    }

    /**
     * A new consultation started from one of the buyer's shortlists ({@code ?shortlist=…}: its products' EMDN codes,
     * their companies as the selected participants, its name as the object) or saved searches ({@code ?search=…}: its
     * EMDN code and text); the buyer reviews everything before saving.
     */
    private void startFrom(Map<String, String> params) {
        Long shortlistId = number(params.get("shortlist"));
        Long searchId = number(params.get("search"));
        if (shortlistId != null) {
            eus.berrigune.shortlist.application.ShortlistDetails list = shortlists.get(shortlistId, locale.getLanguage());
            List<eus.berrigune.catalog.application.ProductSummary> products = list.entries().stream()
                    .filter(eus.berrigune.shortlist.application.ShortlistDetails.Entry::available)
                    .map(eus.berrigune.shortlist.application.ShortlistDetails.Entry::product)
                    .toList();
            form.getTexts().get(locale.getLanguage().code()).setTitle(list.name());
            form.setEmdnCodes(products.stream().map(eus.berrigune.catalog.application.ProductSummary::emdnCode)
                    .filter(java.util.Objects::nonNull).distinct().sorted().collect(Collectors.joining(", ")));
            if (!products.isEmpty()) {
                form.setKind(ConsultationKind.SELECTED);
                form.setInvitedCompanyIds(new ArrayList<>(products.stream()
                        .map(p -> String.valueOf(p.companyId())).distinct().toList()));
            }
            FacesMessages.info("consultation.edit.message.fromShortlist", list.name());
        } else if (searchId != null) {
            eus.berrigune.shortlist.application.SavedSearchDetails search = savedSearches.open(searchId, locale.getLanguage());
            eus.berrigune.search.application.SearchCriteria criteria =
                    eus.berrigune.search.application.SearchCriteria.parse(search.query(), emdn::exists);
            form.getTexts().get(locale.getLanguage().code()).setTitle(search.name());
            if (criteria.emdn() != null) {
                form.setEmdnCodes(criteria.emdn());
            }
            FacesMessages.info("consultation.edit.message.fromSearch", search.name());
        }
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void reload() {
        consultation = consultations.get(id);
        documents = documentService.noticeDocuments(id);
        if (consultation.buyingTeam() && consultation.status() != eus.berrigune.consultation.domain.ConsultationStatus.DRAFT) {
            clarifications = participation.clarifications(id);
            answers = participation.answers(id);
            for (ClarificationView q : clarifications) {
                replies.computeIfAbsent(q.id(), k -> new ReplyForm());
            }
            sessions = sessionService.sessions(id);
            sessionMinutes.clear();
            sessions.forEach(s -> sessionMinutes.put(s.id(), s.minutes()));
        }
        if (consultation.buyingTeam() && (consultation.status() == eus.berrigune.consultation.domain.ConsultationStatus.CLOSED
                || consultation.status() == eus.berrigune.consultation.domain.ConsultationStatus.REPORT_PUBLISHED)) {
            report = consultation.status() == eus.berrigune.consultation.domain.ConsultationStatus.CLOSED
                    ? reports.draft(id, locale.getLanguage())
                    : reports.published(id, locale.getLanguage());
            reportTexts.clear();
            for (String code : List.of("es", "eu", "en")) {
                ReportForm f = new ReportForm();
                eus.berrigune.consultation.application.ReportView.Text t = report.texts().get(code);
                if (t != null) {
                    f.studies = t.studies();
                    f.answersSummary = t.answersSummary();
                    f.conclusions = t.conclusions();
                    f.equalTreatment = t.equalTreatment();
                }
                reportTexts.put(code, f);
            }
        }
    }

    public void attach() {
        try {
            if (attachment == null || attachment.getSize() == 0) {
                throw new ValidationException("file", "document.validation.empty");
            }
            byte[] content;
            try (java.io.InputStream in = attachment.getInputStream()) {
                content = in.readNBytes((int) eus.berrigune.shared.interfaces.rest.UploadBodies.MAX_BYTES + 1);
            }
            documentService.attach(id, attachment.getSubmittedFileName(), content.length
                    > eus.berrigune.shared.interfaces.rest.UploadBodies.MAX_BYTES ? tooLarge() : content);
            attachment = null;
            reload();
            FacesMessages.info("consultation.document.message.attached");
        } catch (BusinessException e) {
            FacesMessages.show(e, "attachments");
        } catch (java.io.IOException e) {
            FacesMessages.error("document.validation.unreadable");
        }
    }

    private static byte[] tooLarge() {
        throw new ValidationException("file", "document.validation.tooLarge");
    }

    public void detach(long documentId) {
        try {
            documentService.detach(id, documentId);
            reload();
            FacesMessages.info("consultation.document.message.removed");
        } catch (BusinessException e) {
            FacesMessages.show(e, "attachments");
        }
    }

    public List<eus.berrigune.consultation.application.ConsultationDocuments.Attachment> getDocuments() {
        return documents;
    }

    public jakarta.servlet.http.Part getAttachment() {
        return attachment;
    }

    public void setAttachment(jakarta.servlet.http.Part attachment) {
        this.attachment = attachment;
    }

    public void scheduleSessions() {
        try {
            sessionService.schedule(id, sessionKind, dates.parse(sessionStartsAt, "startsAt"),
                    sessionDuration == null ? 0 : sessionDuration, sessionLocation, sessionAgenda,
                    sessionSlots == null ? 1 : sessionSlots);
            sessionStartsAt = null;
            sessionAgenda = null;
            reload();
            FacesMessages.info("consultation.session.message.scheduled");
        } catch (BusinessException e) {
            FacesMessages.show(e, "sessions");
        }
    }

    public void recordMinutes(long sessionId) {
        try {
            sessionService.recordMinutes(id, sessionId, sessionMinutes.get(sessionId));
            reload();
            FacesMessages.info("consultation.session.message.minutes");
        } catch (BusinessException e) {
            FacesMessages.show(e, "sessionList");
        }
    }

    public void cancelSession(long sessionId) {
        try {
            sessionService.cancel(id, sessionId);
            reload();
            FacesMessages.info("consultation.session.message.cancelled");
        } catch (BusinessException e) {
            FacesMessages.show(e, "sessionList");
        }
    }

    public eus.berrigune.consultation.domain.ConsultationSession.Kind[] getSessionKinds() {
        return eus.berrigune.consultation.domain.ConsultationSession.Kind.values();
    }

    /** Whether sessions can still be offered (announced or open). */
    public boolean isSessionsOpen() {
        return consultation != null && (consultation.status() == eus.berrigune.consultation.domain.ConsultationStatus.SCHEDULED
                || consultation.status() == eus.berrigune.consultation.domain.ConsultationStatus.OPEN);
    }

    public List<eus.berrigune.consultation.application.SessionView> getSessions() {
        return sessions;
    }

    public eus.berrigune.consultation.domain.ConsultationSession.Kind getSessionKind() {
        return sessionKind;
    }

    public void setSessionKind(eus.berrigune.consultation.domain.ConsultationSession.Kind sessionKind) {
        this.sessionKind = sessionKind;
    }

    public String getSessionStartsAt() {
        return sessionStartsAt;
    }

    public void setSessionStartsAt(String sessionStartsAt) {
        this.sessionStartsAt = sessionStartsAt;
    }

    public Integer getSessionDuration() {
        return sessionDuration;
    }

    public void setSessionDuration(Integer sessionDuration) {
        this.sessionDuration = sessionDuration;
    }

    public Integer getSessionSlots() {
        return sessionSlots;
    }

    public void setSessionSlots(Integer sessionSlots) {
        this.sessionSlots = sessionSlots;
    }

    public String getSessionLocation() {
        return sessionLocation;
    }

    public void setSessionLocation(String sessionLocation) {
        this.sessionLocation = sessionLocation;
    }

    public String getSessionAgenda() {
        return sessionAgenda;
    }

    public void setSessionAgenda(String sessionAgenda) {
        this.sessionAgenda = sessionAgenda;
    }

    public Map<Long, String> getSessionMinutes() {
        return sessionMinutes;
    }

    public void saveReport() {
        try {
            reports.save(id, report.version(), reportTexts(), locale.getLanguage());
            reload();
            FacesMessages.info("consultation.report.message.saved");
        } catch (BusinessException e) {
            FacesMessages.show(e, "report");
        }
    }

    public void askPublishReport() {
        saveReport();
        confirmingReport = !FacesContext.getCurrentInstance().isValidationFailed()
                && FacesContext.getCurrentInstance().getMessageList().stream()
                        .noneMatch(m -> m.getSeverity() == jakarta.faces.application.FacesMessage.SEVERITY_ERROR);
    }

    public void publishReport() {
        confirmingReport = false;
        try {
            reports.publish(id);
            reload();
            FacesMessages.info("consultation.report.message.published");
        } catch (BusinessException e) {
            FacesMessages.show(e, "report");
        }
    }

    public void keepReportDraft() {
        confirmingReport = false;
    }

    private Map<eus.berrigune.shared.domain.Language, eus.berrigune.consultation.domain.ReportText> reportTexts() {
        Map<eus.berrigune.shared.domain.Language, eus.berrigune.consultation.domain.ReportText> texts =
                new java.util.EnumMap<>(eus.berrigune.shared.domain.Language.class);
        reportTexts.forEach((code, f) -> {
            if (!f.isBlank()) {
                texts.put(eus.berrigune.shared.domain.Language.fromCode(code).orElseThrow(),
                        new eus.berrigune.consultation.domain.ReportText(ConsultationForm.trim(f.studies),
                                ConsultationForm.trim(f.answersSummary), ConsultationForm.trim(f.conclusions),
                                ConsultationForm.trim(f.equalTreatment)));
            }
        });
        return texts;
    }

    /** The written parts of the report in one language. */
    public static class ReportForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String studies;
        private String answersSummary;
        private String conclusions;
        private String equalTreatment;

        boolean isBlank() {
            return ConsultationForm.trim(studies) == null && ConsultationForm.trim(answersSummary) == null
                    && ConsultationForm.trim(conclusions) == null && ConsultationForm.trim(equalTreatment) == null;
        }

        public String getStudies() {
            return studies;
        }

        public void setStudies(String studies) {
            this.studies = studies;
        }

        public String getAnswersSummary() {
            return answersSummary;
        }

        public void setAnswersSummary(String answersSummary) {
            this.answersSummary = answersSummary;
        }

        public String getConclusions() {
            return conclusions;
        }

        public void setConclusions(String conclusions) {
            this.conclusions = conclusions;
        }

        public String getEqualTreatment() {
            return equalTreatment;
        }

        public void setEqualTreatment(String equalTreatment) {
            this.equalTreatment = equalTreatment;
        }
    }

    public eus.berrigune.consultation.application.ReportView getReport() {
        return report;
    }

    public Map<String, ReportForm> getReportTexts() {
        return reportTexts;
    }

    public boolean isConfirmingReport() {
        return confirmingReport;
    }

    public void save() {
        errors.clear();
        try {
            if (id == null) {
                id = consultations.create(form.toDraft(dates));
                reload();
                FacesMessages.info("consultation.edit.message.created");
            } else {
                consultations.update(id, consultation.version(), form.toDraft(dates));
                reload();
                FacesMessages.info("consultation.edit.message.saved");
            }
            form = ConsultationForm.of(consultation, dates);
        } catch (BusinessException e) {
            show(e);
        }
    }

    public void askSchedule() {
        save();
        confirmingSchedule = errors.isEmpty() && !FacesContext.getCurrentInstance().isValidationFailed() && id != null;
    }

    public void schedule() {
        confirmingSchedule = false;
        try {
            consultations.schedule(id);
            reload();
            FacesMessages.info("consultation.edit.message.scheduled");
        } catch (BusinessException e) {
            show(e);
        }
    }

    public void cancelSchedule() {
        confirmingSchedule = false;
    }

    public void askCancel() {
        confirmingCancel = true;
    }

    public void keep() {
        confirmingCancel = false;
    }

    public void cancel() {
        try {
            consultations.cancel(id, cancelReason);
            confirmingCancel = false;
            reload();
            FacesMessages.info("consultation.edit.message.cancelled");
        } catch (BusinessException e) {
            FacesMessages.show(e, "lifecycle");
        }
    }

    /** Publishes the answer to one question in the team's wording, answering the ticked duplicates with it. */
    public void publish(long clarificationId) {
        ReplyForm reply = replies.getOrDefault(clarificationId, new ReplyForm());
        try {
            List<Long> duplicates = new ArrayList<>();
            replies.forEach((otherId, other) -> {
                if (other.duplicateOf != null && other.duplicateOf == clarificationId) {
                    duplicates.add(otherId);
                }
            });
            participation.publish(id, clarificationId, reply.wording, reply.answer, duplicates);
            replies.clear();
            reload();
            FacesMessages.info("consultation.clarification.message.published");
        } catch (BusinessException e) {
            FacesMessages.show(e, "clarifications");
        }
    }

    public void addAdviser() {
        form.addAdviser();
    }

    public void removeAdviser(int index) {
        if (index >= 0 && index < form.getAdvisers().size()) {
            form.getAdvisers().remove(index);
        }
    }

    public void addQuestion() {
        form.addQuestion();
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < form.getQuestions().size()) {
            form.getQuestions().remove(index);
        }
    }

    private void show(BusinessException e) {
        errors.clear();
        errors.putAll(FacesMessages.showWithRows(e, FORM, "questions", "advisers"));
    }

    /** The error of an adviser or question row, e.g. {@code rowError('questions', 2)}. */
    public String rowError(String list, int index) {
        return errors.get(list + "." + index);
    }

    /** After the deadline: each question with every company's submitted answer to it. */
    public List<AnswerRow> getAnswerRows() {
        if (answers == null || answers.sealed()) {
            return List.of();
        }
        List<AnswerRow> rows = new ArrayList<>();
        for (ConsultationView.QuestionView q : consultation.questions()) {
            List<AnswerCell> cells = new ArrayList<>();
            for (AnswerView a : answers.answers()) {
                AnswerView.Item item = a.submittedItems().stream().filter(i -> i.questionId() == q.id()).findFirst().orElse(null);
                cells.add(new AnswerCell(a.companyName(), item == null ? "" : render(item), item != null && item.confidential(),
                        item == null ? null : item.documentId()));
            }
            rows.add(new AnswerRow(q, cells));
        }
        return rows;
    }

    private String render(AnswerView.Item item) {
        if (item.text() != null) {
            return item.text();
        }
        if (item.number() != null) {
            return item.number().stripTrailingZeros().toPlainString();
        }
        if (item.yesNo() != null) {
            return FacesMessages.text(item.yesNo() ? "form.yes" : "form.no");
        }
        return item.choices().stream().collect(Collectors.joining(", "));
    }

    /**
     * One question and the answers to it.
     *
     * @param question the question
     * @param cells one per answering company, in the order of the header
     */
    public record AnswerRow(ConsultationView.QuestionView question, List<AnswerCell> cells) {}

    /**
     * A company's answer to a question.
     *
     * @param company the company
     * @param text the answer as text
     * @param confidential marked a trade secret
     * @param documentId the PDF answering a file question, or null
     */
    public record AnswerCell(String company, String text, boolean confidential, Long documentId) {}

    /** The team's reply to one received question. */
    public static class ReplyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String wording;
        private String answer;
        private Long duplicateOf;

        public String getWording() {
            return wording;
        }

        public void setWording(String wording) {
            this.wording = wording;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public Long getDuplicateOf() {
            return duplicateOf;
        }

        public void setDuplicateOf(Long duplicateOf) {
            this.duplicateOf = duplicateOf;
        }
    }

    public List<ClarificationView> getReceived() {
        return clarifications.stream().filter(q -> q.status() == Clarification.Status.RECEIVED).toList();
    }

    public List<ClarificationView> getPublished() {
        return clarifications.stream().filter(q -> q.status() == Clarification.Status.PUBLISHED).toList();
    }

    /** The consultation's object in the reader's language (or the first it has). */
    public String getTitle() {
        return consultation == null ? "" : ConsultationTexts.preferred(consultation, locale.getLanguage()).getValue().title();
    }

    public boolean isDraft() {
        return consultation == null || consultation.status() == eus.berrigune.consultation.domain.ConsultationStatus.DRAFT;
    }

    public boolean isCancellable() {
        return consultation != null && !consultation.status().isFinal()
                && consultation.status() != eus.berrigune.consultation.domain.ConsultationStatus.DRAFT;
    }

    public ConsultationKind[] getKinds() {
        return ConsultationKind.values();
    }

    public QuestionKind[] getQuestionKinds() {
        return QuestionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public ConsultationForm getForm() {
        return form;
    }

    public List<OrganisationSummary> getCompanies() {
        return companies;
    }

    public AnswersOverview getAnswers() {
        return answers;
    }

    public boolean isConfirmingSchedule() {
        return confirmingSchedule;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Map<Long, ReplyForm> getReplies() {
        return replies;
    }
}
