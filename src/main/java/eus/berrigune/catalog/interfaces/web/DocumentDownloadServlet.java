package eus.berrigune.catalog.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.DocumentDownload;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /files/{id}}: evidence documents for the web pages (the API serves the same under
 * {@code /api/v1/documents/{id}}). The same access rules apply: a document the caller may not read is "not found".
 */
@WebServlet("/files/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownload document;
        try {
            document = queries.download(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(document.contentType());
        response.setContentLength(document.content().length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(document.fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(document.content());
    }
}
