package eus.berrigune.notification.application;

import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.notification.domain.Notification;
import eus.berrigune.notification.domain.NotificationRepository;
import eus.berrigune.notification.domain.OutboxEmail;
import eus.berrigune.notification.domain.OutboxEmailRepository;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sending notifications (for the other capabilities, which decide who is told what) and reading one's own (for the
 * signed-in user). The transaction and authorisation boundary of notifications: a user reads and marks only their
 * own; anybody else's look missing.
 *
 * <p>Every notification is also e-mailed to its recipient (enabled users only): {@link #send} writes the e-mail,
 * rendered in the recipient's language, to the outbox in the caller's transaction, and {@link EmailDispatcher} sends
 * it after the commit. So an e-mail exists exactly when its notification does, and the caller never waits for SMTP.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    public static final int PAGE_SIZE = 50;

    @Inject
    NotificationRepository notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    OutboxEmailRepository outbox;

    @Inject
    IdentityService identity;

    @Inject
    EmailComposer composer;

    @Inject
    Event<EmailQueued> queued;

    @Inject
    Clock clock;

    /**
     * Tells a user something, in the current transaction: in the application and, after the commit, by e-mail.
     *
     * @param recipientId the user told
     * @param messageKey bundle key of the message ({@code {0}} and {@code {1}} are the parameters)
     * @param link path inside the application, or null
     */
    public void send(long recipientId, String messageKey, String link, String param1, String param2) {
        Instant now = clock.instant();
        Notification notification = notifications.save(
                new Notification(recipientId, now, messageKey, param1, param2, link));
        identity.mailRecipient(recipientId).ifPresent(recipient -> {
            EmailComposer.EmailText text = composer.compose(recipient.language(), messageKey,
                    notification.getParam1(), notification.getParam2(), notification.getLink().orElse(null));
            OutboxEmail email = outbox.save(new OutboxEmail(notification.getId(), recipientId, recipient.email(),
                    recipient.language().code(), text.subject(), text.body(), now));
            queued.fire(new EmailQueued(email.getId()));
        });
    }

    /** The caller's notifications, newest first, in their language. */
    public List<NotificationView> mine(int page, Language language) {
        AuthenticatedUser user = currentUser.require();
        int safePage = Math.max(0, Math.min(page, 10_000));
        return notifications.findByRecipient(user.userId(), safePage * PAGE_SIZE, PAGE_SIZE).stream()
                .map(n -> view(n, language))
                .toList();
    }

    /** How many notifications the caller has in all. */
    public long countMine() {
        return notifications.countByRecipient(currentUser.require().userId());
    }

    /** How many of the caller's notifications are unread (0 for anonymous callers). */
    public long unreadCount() {
        return currentUser.get().map(u -> notifications.countUnread(u.userId())).orElse(0L);
    }

    /** Marks one of the caller's notifications read and returns it. */
    public NotificationView markRead(long id, Language language) {
        Notification notification = own(id);
        notification.markRead(clock.instant());
        return view(notification, language);
    }

    /** Marks all the caller's notifications read; returns how many were unread. */
    public int markAllRead() {
        List<Notification> unread = notifications.findUnread(currentUser.require().userId());
        unread.forEach(n -> n.markRead(clock.instant()));
        return unread.size();
    }

    private Notification own(long id) {
        AuthenticatedUser user = currentUser.require();
        return notifications.find(id)
                .filter(n -> n.getRecipientId() == user.userId())
                .orElseThrow(() -> new NotFoundException("notification", id));
    }

    private static NotificationView view(Notification n, Language language) {
        String text = MessageBundle.get(language, n.getMessageKey(), nonNull(n.getParam1()), nonNull(n.getParam2()));
        return new NotificationView(n.getId(), n.getCreatedAt(), text, n.getLink().orElse(null), n.getReadAt().isPresent());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
