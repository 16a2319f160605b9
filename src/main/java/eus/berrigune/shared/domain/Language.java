package eus.berrigune.shared.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three languages of Berrigune's interface and content, in the order content falls back. */
public enum Language {
    EU,
    ES,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code().equals(normalised)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? ES : fromCode(locale.getLanguage()).orElse(EN);
    }
}
