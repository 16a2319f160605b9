package eus.berrigune.shared.interfaces.web;

import eus.berrigune.shared.domain.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the current request: the visitor's choice (cookie {@code lang}), else the browser's preference
 * among eu, es and en, else Spanish. Request-scoped, so it costs no session.
 */
@Named
@RequestScoped
public class LocaleBean {

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            language = fromCookie().or(this::fromBrowser).orElse(Language.ES);
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getCode() {
        return getLanguage().code();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    private Optional<Language> fromCookie() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LocaleFilter.COOKIE.equals(cookie.getName())) {
                    return Language.fromCode(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Language> fromBrowser() {
        Enumeration<Locale> locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Optional<Language> match = Language.fromCode(locales.nextElement().getLanguage());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
