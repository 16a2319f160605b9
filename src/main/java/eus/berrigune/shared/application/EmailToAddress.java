package eus.berrigune.shared.application;

import eus.berrigune.shared.domain.Language;
import java.util.List;
import java.util.Objects;

/**
 * A request, fired synchronously inside the caller's transaction, to e-mail an address that is not (or not yet) a
 * user who reads notifications: a registration's confirmation link, the decision on it. The notification capability
 * observes it and writes the e-mail to its outbox in that same transaction, so it is sent exactly when the change
 * commits. A CDI event keeps identity (which sends these) from depending on notification (which depends on identity).
 *
 * @param address one e-mail address, already checked
 * @param language the language to write in
 * @param messageKey bundle key prefix: {@code <key>.subject} and {@code <key>.body} are the texts
 * @param link path inside the application the e-mail points to, or null
 * @param arguments the texts' arguments {0}, {1}, …
 */
public record EmailToAddress(String address, Language language, String messageKey, String link, List<String> arguments) {

    public EmailToAddress {
        Objects.requireNonNull(address);
        Objects.requireNonNull(language);
        Objects.requireNonNull(messageKey);
        arguments = List.copyOf(arguments);
    }
}
