package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.consultation.application.ConsultationReportService;
import eus.berrigune.consultation.application.ReportView;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import eus.berrigune.shared.interfaces.web.PageResponses;
import jakarta.inject.Named;
import java.io.IOException;

/** {@code /consultations/report.xhtml?id=…}: the published report as an accessible page, with its PDFs. */
@Named
@RequestScoped
public class ReportPageBacking {

    @Inject
    ConsultationReportService reports;

    @Inject
    LocaleBean locale;

    private Long id;
    private ReportView report;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException("report", "");
            }
            report = reports.published(id, locale.getLanguage());
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportView getReport() {
        return report;
    }
}
