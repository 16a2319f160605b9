package eus.berrigune.shared.application;

import eus.berrigune.shared.domain.Language;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way to turn a message key into a sentence in eu, es or en, outside of Faces views (which use the same
 * bundle as {@code #{msg[...]}}). Keys follow the grammar documented at the top of {@code messages.properties}.
 */
public final class MessageBundle {

    public static final String BASE_NAME = "eus.berrigune.i18n.messages";

    private MessageBundle() {}

    public static String get(Language language, String key, Object... arguments) {
        return format(language.locale(), key, List.of(arguments));
    }

    public static String format(Locale locale, String key, List<Object> arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale, MessageBundle.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        if (arguments == null || arguments.isEmpty()) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }
}
