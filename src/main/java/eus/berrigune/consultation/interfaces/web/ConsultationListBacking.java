package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.consultation.application.ConsultationSummary;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /consultations/index.xhtml}: announced consultations (and the caller's team's drafts), newest first. */
@Named
@RequestScoped
public class ConsultationListBacking {

    @Inject
    ConsultationService consultations;

    @Inject
    LocaleBean locale;

    private List<ConsultationSummary> list;

    @PostConstruct
    void load() {
        list = consultations.list(locale.getLanguage());
    }

    public List<ConsultationSummary> getConsultations() {
        return list;
    }
}
