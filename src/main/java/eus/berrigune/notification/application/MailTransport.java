package eus.berrigune.notification.application;

/** Hands e-mails to the mail system (SMTP in {@code notification.infrastructure}). */
public interface MailTransport {

    /** Whether sending is configured at all ({@code BERRIGUNE_SMTP_HOST} set). */
    boolean enabled();

    /** Where mail goes, for the logs (never a password). */
    String describe();

    /** Delivers one e-mail to the SMTP server; returns once the server has accepted it. */
    void send(OutgoingEmail email) throws MailDeliveryException;
}
