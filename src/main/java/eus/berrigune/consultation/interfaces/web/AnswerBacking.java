package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.consultation.application.AnswerView;
import eus.berrigune.consultation.application.ClarificationView;
import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.consultation.application.ConsultationView;
import eus.berrigune.consultation.application.ParticipationService;
import eus.berrigune.consultation.domain.AnswerItem;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import eus.berrigune.shared.interfaces.web.PageResponses;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /company/consultation.xhtml?id=…}: a company answers a consultation: one input per question (by its kind),
 * parts marked confidential, its products linked; saves a draft as often as it likes and submits (again) until the
 * deadline. Also asks clarification questions and reads the published answers.
 */
@Named
@ViewScoped
public class AnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "answer";

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient ParticipationService participation;

    @Inject
    transient CatalogQueries catalog;

    @Inject
    transient eus.berrigune.consultation.application.SessionService sessionService;

    @Inject
    transient eus.berrigune.consultation.application.ConsultationDocuments documentService;

    /** Files chosen for file questions in this postback, by question id (not kept between requests). */
    private transient Map<Long, jakarta.servlet.http.Part> files = new HashMap<>();

    @Inject
    LocaleBean locale;

    private Long id;
    private ConsultationView consultation;
    private AnswerView answer;
    private List<ClarificationView> clarifications;
    private List<eus.berrigune.consultation.application.SessionView> sessions;
    private List<ProductSummary> ownProducts;
    private final Map<Long, ItemForm> items = new HashMap<>();
    private List<String> productIds = new ArrayList<>();
    /** Errors of the questions' answers, by row ({@code items.N}, N the question's position). */
    private final Map<String, String> errors = new HashMap<>();
    private String question;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFoundException("consultation", "");
            }
            reload();
            fillForm();
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    private void reload() {
        consultation = consultations.get(id);
        answer = participation.mine(id).orElse(null);
        clarifications = participation.clarifications(id);
        sessions = sessionService.sessions(id);
        ownProducts = catalog.ownProducts(locale.getLanguage()).stream()
                .filter(p -> p.status() == ProductStatus.PUBLISHED)
                .toList();
    }

    private void fillForm() {
        items.clear();
        for (ConsultationView.QuestionView q : consultation.questions()) {
            items.put(q.id(), new ItemForm());
        }
        if (answer != null) {
            for (AnswerView.Item item : answer.items()) {
                ItemForm form = items.get(item.questionId());
                if (form != null) {
                    form.text = item.text();
                    form.number = item.number() == null ? null : item.number().stripTrailingZeros().toPlainString();
                    form.yesNo = item.yesNo() == null ? null : item.yesNo().toString();
                    form.choice = item.choices().isEmpty() ? null : item.choices().get(0);
                    form.choices = new ArrayList<>(item.choices());
                    form.confidential = item.confidential();
                    form.documentId = item.documentId();
                }
            }
            productIds = answer.productIds().stream().map(String::valueOf).toList();
        }
    }

    public void save() {
        try {
            uploadFiles();
            participation.save(id, toItems(), toProductIds());
            afterChange("consultation.answer.message.saved");
        } catch (BusinessException e) {
            show(e);
        }
    }

    public void submit() {
        try {
            uploadFiles();
            participation.save(id, toItems(), toProductIds());
            participation.submit(id);
            afterChange("consultation.answer.message.submitted");
        } catch (BusinessException e) {
            show(e);
        }
    }

    public void ask() {
        try {
            participation.ask(id, question);
            question = null;
            reload();
            FacesMessages.info("consultation.clarification.message.asked");
        } catch (BusinessException e) {
            FacesMessages.show(e, "ask");
        }
    }

    public void book(long sessionId) {
        try {
            sessionService.book(id, sessionId);
            reload();
            FacesMessages.info("consultation.session.message.booked");
        } catch (BusinessException e) {
            FacesMessages.show(e, "sessions");
        }
    }

    public void release(long sessionId) {
        try {
            sessionService.release(id, sessionId);
            reload();
            FacesMessages.info("consultation.session.message.released");
        } catch (BusinessException e) {
            FacesMessages.show(e, "sessions");
        }
    }

    /** Whether the company holds a slot already (it may book one). */
    public boolean isHoldingSlot() {
        return sessions.stream().anyMatch(s -> s.bookedByYou()
                && s.status() == eus.berrigune.consultation.domain.ConsultationSession.Status.SCHEDULED);
    }

    public List<eus.berrigune.consultation.application.SessionView> getSessions() {
        return sessions;
    }

    private void afterChange(String message) {
        errors.clear();
        reload();
        fillForm();
        FacesMessages.info(message);
    }

    private void show(BusinessException e) {
        errors.clear();
        errors.putAll(FacesMessages.showWithRows(e, FORM, "items"));
    }

    private List<AnswerItem> toItems() {
        List<AnswerItem> list = new ArrayList<>();
        List<FieldError> bad = new ArrayList<>();
        for (ConsultationView.QuestionView q : consultation.questions()) {
            ItemForm form = items.get(q.id());
            if (form == null) {
                continue;
            }
            BigDecimal number = null;
            if (form.number != null && !form.number.isBlank()) {
                try {
                    number = new BigDecimal(form.number.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    bad.add(new FieldError("items." + q.position(), "validation.number"));
                    continue;
                }
            }
            Boolean yesNo = form.yesNo == null || form.yesNo.isBlank() ? null : Boolean.valueOf(form.yesNo);
            List<String> choices = switch (q.kind()) {
                case SINGLE_CHOICE -> form.choice == null || form.choice.isBlank() ? List.of() : List.of(form.choice);
                case MULTIPLE_CHOICE -> form.choices == null ? List.of() : form.choices;
                default -> List.of();
            };
            Long documentId = q.kind() == eus.berrigune.consultation.domain.QuestionKind.FILE ? form.documentId : null;
            list.add(new AnswerItem(q.id(), q.kind() == eus.berrigune.consultation.domain.QuestionKind.FILE ? null : form.text,
                    number, yesNo, choices, form.confidential, documentId));
        }
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
        return list;
    }

    /** Uploads the PDFs chosen for file questions; each replaces the question's previous document. */
    private void uploadFiles() {
        if (files == null) {
            return;
        }
        for (Map.Entry<Long, jakarta.servlet.http.Part> chosen : files.entrySet()) {
            jakarta.servlet.http.Part part = chosen.getValue();
            if (part == null || part.getSize() == 0) {
                continue;
            }
            if (part.getSize() > eus.berrigune.shared.interfaces.rest.UploadBodies.MAX_BYTES) {
                throw new ValidationException("file", "document.validation.tooLarge");
            }
            byte[] content;
            try (java.io.InputStream in = part.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new ValidationException("file", "document.validation.unreadable");
            }
            items.get(chosen.getKey()).documentId =
                    documentService.upload(id, chosen.getKey(), part.getSubmittedFileName(), content);
        }
        files.clear();
    }

    public Map<Long, jakarta.servlet.http.Part> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }

    private java.util.Set<Long> toProductIds() {
        java.util.Set<Long> ids = new HashSet<>();
        for (String value : productIds == null ? List.<String>of() : productIds) {
            try {
                ids.add(Long.parseLong(value));
            } catch (NumberFormatException ignored) {
                // not one of the offered products: the service refuses anything that is not the company's own
            }
        }
        return ids;
    }

    /** Whether the company has asked questions of its own here. */
    public boolean isAskedAny() {
        return clarifications.stream().anyMatch(ClarificationView::asked);
    }

    public String errorFor(int position) {
        return errors.get("items." + position);
    }

    public Map.Entry<String, ConsultationView.Text> getText() {
        return ConsultationTexts.preferred(consultation, locale.getLanguage());
    }

    public Optional<AnswerView> getAnswer() {
        return Optional.ofNullable(answer);
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

    public List<ClarificationView> getClarifications() {
        return clarifications;
    }

    public List<ProductSummary> getOwnProducts() {
        return ownProducts;
    }

    public Map<Long, ItemForm> getItems() {
        return items;
    }

    public List<String> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<String> productIds) {
        this.productIds = productIds;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    /** The inputs of one question. */
    public static class ItemForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private String number;
        private String yesNo;
        private String choice;
        private List<String> choices = new ArrayList<>();
        private boolean confidential;
        private Long documentId;

        public Long getDocumentId() {
            return documentId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getYesNo() {
            return yesNo;
        }

        public void setYesNo(String yesNo) {
            this.yesNo = yesNo;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }

        public List<String> getChoices() {
            return choices;
        }

        public void setChoices(List<String> choices) {
            this.choices = choices;
        }

        public boolean isConfidential() {
            return confidential;
        }

        public void setConfidential(boolean confidential) {
            this.confidential = confidential;
        }
    }
}
