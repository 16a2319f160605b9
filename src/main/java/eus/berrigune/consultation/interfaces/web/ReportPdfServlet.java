package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.consultation.application.ConsultationReportService;
import eus.berrigune.consultation.application.ReportView;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.DateTimes;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /consultations/report.pdf?id=…[&language=es|eu|en]}: the published report as an accessible PDF (PDF/UA), in the
 * language asked for or the reader's ({@code lang} is taken by the language switch). Not found before publication.
 */
@WebServlet("/consultations/report.pdf")
public class ReportPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationReportService reports;

    @Inject
    transient LocaleBean locale;

    @Inject
    transient DateTimes dates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.fromCode(request.getParameter("language")).orElse(locale.getLanguage());
        ReportView report;
        try {
            report = reports.published(id, language);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = new ReportDocument(report, language, dates.getZone()).pdf();
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition",
                "inline; filename=\"berrigune-report-" + id + "-" + language.code() + ".pdf\"");
        response.getOutputStream().write(pdf);
    }
}
