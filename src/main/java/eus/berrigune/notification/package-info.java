/**
 * Notifications: what the platform tells a user, in the application and by e-mail.
 *
 * <p>Responsible for: keeping each user's notifications (a message key with its parameters, so each is shown in the
 * reader's language; a link inside the application), counting the unread ones, marking them read; e-mailing each
 * one to its recipient after the commit, through an outbox that survives restarts, with retries. Invariants: a user
 * reads only their own notifications; an e-mail exists exactly when its notification does, goes to the recipient
 * only, and is sent by one server. Other capabilities send through {@code NotificationService#send}; the
 * decision of who is told what stays with them.
 */
package eus.berrigune.notification;
