package eus.berrigune.shared.interfaces.web;

import eus.berrigune.shared.domain.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Language switching without an HTTP session: {@code ?lang=eu|es|en} on any GET stores the choice in a cookie and
 * redirects to the same address without the parameter (so that anonymous browsing stays session-free and cacheable).
 */
@WebFilter(filterName = "LocaleFilter", urlPatterns = "/*")
public class LocaleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "lang";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = request.getParameter("lang");
        if (requested != null && "GET".equals(request.getMethod())) {
            Optional<Language> language = Language.fromCode(requested);
            if (language.isPresent()) {
                Cookie cookie = new Cookie(COOKIE, language.get().code());
                cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                cookie.setMaxAge(60 * 60 * 24 * 365);
                cookie.setHttpOnly(true);
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
            response.sendRedirect(localPath(request) + withoutLang(request.getQueryString()));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The same page as a path on this server: built from the servlet path, never from the raw URI, whose leading
     * "//" a browser would take for another host.
     */
    static String localPath(HttpServletRequest request) {
        String path = request.getContextPath() + request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return "/" + path.replaceFirst("^/+", "");
    }

    static String withoutLang(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String part : query.split("&")) {
            if (!part.startsWith("lang=") && !part.isEmpty()) {
                kept.append(kept.length() == 0 ? "?" : "&").append(part);
            }
        }
        return kept.toString();
    }
}
