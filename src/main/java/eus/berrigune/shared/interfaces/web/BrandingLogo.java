package eus.berrigune.shared.interfaces.web;

import eus.berrigune.shared.application.BrandingSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code /branding/logo}: the health system's own logo file ({@code BERRIGUNE_LOGO_FILE}), so that an installation
 * brings its logo without rebuilding the application and the Content-Security-Policy keeps allowing images from this
 * server only. 404 when no file is configured.
 */
@WebServlet(BrandingSettings.LOGO_FILE_URL)
public class BrandingLogo extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BrandingSettings branding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Path> file = branding.getLogoFile().filter(Files::isReadable);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(BrandingSettings.logoContentType(file.get()).orElseThrow());
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
