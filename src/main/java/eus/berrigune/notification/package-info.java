/**
 * Notifications: what the platform tells a user in the application (and, with issue 4, by e-mail).
 *
 * <p>Responsible for: keeping each user's notifications (a message key with its parameters, so each is shown in the
 * reader's language; a link inside the application), counting the unread ones, marking them read. Invariant: a
 * user reads only their own notifications. Other capabilities send through {@code NotificationService#send}; the
 * decision of who is told what stays with them.
 */
package eus.berrigune.notification;
