package eus.berrigune.notification.application;

import eus.berrigune.notification.domain.OutboxEmail;
import eus.berrigune.shared.application.BrandingSettings;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a notification's e-mail in the recipient's language from the same bundle key as the in-app text: the
 * subject is that text on one line, the body that text, the absolute link to what it is about and a footer. Plain
 * text only: no markup for user text to break out of, and every mail client shows it.
 */
@ApplicationScoped
public class EmailComposer {

    static final String DEFAULT_BASE_URL = "http://localhost:9080";
    static final String NOTIFICATIONS_PAGE = "/account/notifications.xhtml";
    private static final Logger LOG = Logger.getLogger(EmailComposer.class.getName());

    @Inject
    @ConfigProperty(name = "berrigune.base.url", defaultValue = DEFAULT_BASE_URL)
    String configuredBaseUrl;

    @Inject
    BrandingSettings branding;

    private String baseUrl;

    @PostConstruct
    void init() {
        baseUrl = baseUrl(configuredBaseUrl);
        if (baseUrl.equals(DEFAULT_BASE_URL) && !configuredBaseUrl.strip().startsWith(DEFAULT_BASE_URL)) {
            LOG.warning(() -> "BERRIGUNE_BASE_URL '" + configuredBaseUrl + "' is not an absolute http(s) URL; e-mails link to "
                    + baseUrl);
        }
    }

    /**
     * The text of an e-mail.
     *
     * @param subject one line
     * @param body plain text
     */
    public record EmailText(String subject, String body) {}

    public EmailText compose(Language language, String messageKey, String param1, String param2, String link) {
        return compose(language, messageKey, param1, param2, link, baseUrl, branding.getHealthSystemName());
    }

    /** The e-mail of one notification (pure, for tests). */
    static EmailText compose(Language language, String messageKey, String param1, String param2, String link,
            String baseUrl, String healthSystemName) {
        String text = OutboxEmail.headerSafe(MessageBundle.get(language, messageKey, nonNull(param1), nonNull(param2)),
                OutboxEmail.BODY_MAX / 2);
        String subject = MessageBundle.get(language, "mail.notification.subject", text);
        String body = text + "\n\n"
                + MessageBundle.get(language, "mail.notification.open") + "\n"
                + baseUrl + (link == null ? NOTIFICATIONS_PAGE : link) + "\n\n"
                + "-- \n"
                + MessageBundle.get(language, "mail.notification.footer", healthSystemName, baseUrl + NOTIFICATIONS_PAGE)
                + "\n";
        return new EmailText(OutboxEmail.headerSafe(subject, OutboxEmail.SUBJECT_MAX), body);
    }

    /**
     * An e-mail that is no notification: subject and body from {@code <messageKey>.subject} and
     * {@code <messageKey>.body}, the absolute link if any, and a footer.
     */
    public EmailText composeAddressed(Language language, String messageKey, String link, Object... arguments) {
        return composeAddressed(language, messageKey, link, baseUrl, branding.getHealthSystemName(), arguments);
    }

    /** {@link #composeAddressed(Language, String, String, Object...)} without the server's settings (for tests). */
    static EmailText composeAddressed(Language language, String messageKey, String link, String baseUrl,
            String healthSystemName, Object... arguments) {
        String subject = MessageBundle.get(language, "mail.notification.subject",
                MessageBundle.get(language, messageKey + ".subject", arguments));
        String body = MessageBundle.get(language, messageKey + ".body", arguments) + "\n\n"
                + (link == null ? "" : baseUrl + link + "\n\n")
                + "-- \n"
                + MessageBundle.get(language, "mail.addressed.footer", healthSystemName, baseUrl) + "\n";
        return new EmailText(OutboxEmail.headerSafe(subject, OutboxEmail.SUBJECT_MAX), body);
    }

    /** The configured base URL without a trailing slash, or the default when it is not an absolute http(s) URL. */
    static String baseUrl(String configured) {
        String value = configured == null ? "" : configured.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // not a URI: the default below
        }
        return DEFAULT_BASE_URL;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
