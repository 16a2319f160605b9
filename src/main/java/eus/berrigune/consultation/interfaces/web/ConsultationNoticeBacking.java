package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.consultation.application.ClarificationView;
import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.consultation.application.ConsultationView;
import eus.berrigune.consultation.application.ParticipationService;
import eus.berrigune.consultation.domain.Clarification;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import eus.berrigune.shared.interfaces.web.PageResponses;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * {@code /consultations/view.xhtml?id=…}: the public notice of a consultation (object, dates, advisers, how to take
 * part, questionnaire) and its published clarifications, which never name who asked.
 */
@Named
@RequestScoped
public class ConsultationNoticeBacking {

    @Inject
    ConsultationService consultations;

    @Inject
    ParticipationService participation;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    eus.berrigune.consultation.application.SessionService sessionService;

    @Inject
    eus.berrigune.consultation.application.ConsultationDocuments documentService;

    @Inject
    LocaleBean locale;

    private Long id;
    private ConsultationView consultation;
    private List<ClarificationView> clarifications;
    private List<eus.berrigune.consultation.application.SessionView> sessions;
    private List<eus.berrigune.consultation.application.ConsultationDocuments.Attachment> documents;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException("consultation", "");
            }
            consultation = consultations.get(id);
            clarifications = participation.clarifications(id).stream()
                    .filter(c -> c.status() == Clarification.Status.PUBLISHED)
                    .toList();
            sessions = sessionService.sessions(id);
            documents = documentService.noticeDocuments(id);
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    /** The notice in the reader's language, else in the first language it has. */
    public java.util.Map.Entry<String, ConsultationView.Text> getText() {
        return ConsultationTexts.preferred(consultation, locale.getLanguage());
    }

    public String emdnTerm(String code) {
        return emdn.find(code).map(EmdnTerm::term).orElse("");
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

    public List<eus.berrigune.consultation.application.ConsultationDocuments.Attachment> getDocuments() {
        return documents;
    }

    public List<eus.berrigune.consultation.application.SessionView> getSessions() {
        return sessions;
    }

    public List<ClarificationView> getClarifications() {
        return clarifications;
    }
}
