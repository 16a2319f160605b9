package eus.berrigune.shared.interfaces.web;

import eus.berrigune.shared.application.BrandingSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /branding.css}: the health system's colours as CSS custom properties, so that branding is configuration and
 * the Content-Security-Policy can forbid inline styles. The page links it after {@code berrigune.css}, whose
 * {@code :root} holds the defaults it overrides. The colours were checked at start ({@link BrandingSettings}): only
 * {@code #rrggbb} values with AA contrast reach this stylesheet.
 */
@WebServlet("/branding.css")
public class BrandingStylesheet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BrandingSettings branding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write(":root{--brand:" + branding.getPrimaryColour() + ";--accent:"
                + branding.getAccentColour() + ";}\n");
    }
}
