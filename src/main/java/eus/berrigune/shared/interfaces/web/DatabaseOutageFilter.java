package eus.berrigune.shared.interfaces.web;

import eus.berrigune.shared.application.DatabaseOutage;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.interfaces.rest.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outermost filter (declared first in web.xml): a page or call that fails because the database cannot be reached
 * answers 503 with {@code Retry-After} and a short page (or problem document) in the visitor's language, never the
 * "something went wrong" 500. The page is written here, without Faces or the page template, because the template
 * asks the database about the signed-in user and would fail the same way. REST calls normally never get here (their
 * exception mapper answers 503 itself); what escapes before JAX-RS is answered as a problem document.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable, answered 503 to {0}: {1}",
                    new Object[] {request.getRequestURI(), String.valueOf(e)});
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language(request).locale();
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String title = MessageBundle.format(locale, api ? "problem.unavailable.title" : "error.page.503.title", List.of());
        if (api) {
            ServletProblems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable", title,
                    MessageBundle.format(locale, "problem.unavailable.detail", List.of()), Map.of());
            return;
        }
        response.setContentType("text/html");
        String context = request.getContextPath();
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + language(request).code() + "\"><head>"
                + "<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + html(title) + " · Berrigune</title>"
                + "<link rel=\"stylesheet\" href=\"" + html(context) + "/jakarta.faces.resource/css/berrigune.css.xhtml\"/>"
                + "</head><body><main id=\"main\"><h1>" + html(title) + "</h1><p>"
                + html(MessageBundle.format(locale, "error.page.503.text", List.of())) + "</p><p><a href=\""
                + html(context) + "/\">" + html(MessageBundle.format(locale, "error.page.home", List.of()))
                + "</a></p></main></body></html>\n");
    }

    /** As {@code LocaleBean} decides it: the visitor's cookie, else the browser's preference, else Spanish. */
    private static Language language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LocaleFilter.COOKIE.equals(cookie.getName())) {
                    Optional<Language> chosen = Language.fromCode(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get();
                    }
                }
            }
        }
        for (Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements();) {
            Optional<Language> match = Language.fromCode(locales.nextElement().getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Language.ES;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
