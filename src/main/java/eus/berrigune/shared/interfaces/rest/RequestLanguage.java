package eus.berrigune.shared.interfaces.rest;

import eus.berrigune.shared.domain.Language;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/** The API caller's language: the first of eu, es, en in Accept-Language, else Spanish. */
public final class RequestLanguage {

    private RequestLanguage() {}

    public static Language of(HttpHeaders headers) {
        return headers == null ? Language.ES : of(headers.getAcceptableLanguages());
    }

    /** The first of eu, es, en among languages in order of preference, else Spanish. */
    public static Language of(java.util.List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            Optional<Language> found = Language.fromCode(locale.getLanguage());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Language.ES;
    }
}
