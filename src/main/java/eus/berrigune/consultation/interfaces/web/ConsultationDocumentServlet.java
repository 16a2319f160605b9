package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.catalog.application.DocumentDownload;
import eus.berrigune.consultation.application.ConsultationDocuments;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /consultations/document?id=…}: a consultation document for the pages (signed-in users by their session):
 * notice documents with the notice, answer files for their company and, after the deadline, the buying team.
 */
@WebServlet("/consultations/document")
public class ConsultationDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownload document;
        try {
            document = documents.download(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(document.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(document.fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
    }
}
