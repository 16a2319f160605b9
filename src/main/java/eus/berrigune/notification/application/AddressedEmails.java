package eus.berrigune.notification.application;

import eus.berrigune.notification.domain.OutboxEmail;
import eus.berrigune.notification.domain.OutboxEmailRepository;
import eus.berrigune.shared.application.EmailToAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * E-mails to an address rather than to a user's notifications ({@link EmailToAddress}): rendered now in the given
 * language and written to the outbox in the caller's transaction, then sent by {@link EmailDispatcher} like any other.
 */
@ApplicationScoped
@Transactional
public class AddressedEmails {

    @Inject
    OutboxEmailRepository outbox;

    @Inject
    EmailComposer composer;

    @Inject
    Event<EmailQueued> queued;

    @Inject
    Clock clock;

    void queue(@Observes EmailToAddress request) {
        EmailComposer.EmailText text = composer.composeAddressed(
                request.language(), request.messageKey(), request.link(), request.arguments().toArray());
        Instant now = clock.instant();
        OutboxEmail email = outbox.save(new OutboxEmail(null, null, request.address(), request.language().code(),
                text.subject(), text.body(), now));
        queued.fire(new EmailQueued(email.getId()));
    }
}
