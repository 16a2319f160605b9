package eus.berrigune.notification.application;

/** The SMTP server did not take an e-mail; {@code permanent} when trying again cannot help (e.g. a refused address). */
public class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
