package eus.berrigune.notification.infrastructure;

import eus.berrigune.notification.application.MailDeliveryException;
import eus.berrigune.notification.application.MailTransport;
import eus.berrigune.notification.application.OutgoingEmail;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Mail over SMTP (the implementation comes with Liberty's {@code mail-2.1} feature), configured by the
 * {@code BERRIGUNE_SMTP_*} variables through MicroProfile Config. Sending is off while {@code BERRIGUNE_SMTP_HOST}
 * is empty. Timeouts are explicit (Jakarta Mail waits forever by default), so that a silent server costs one attempt,
 * not a stuck sender.
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(SmtpMailTransport.class.getName());
    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int IO_TIMEOUT_MS = 30_000;
    static final String DEFAULT_FROM = "Berrigune <no-reply@localhost.localdomain>";

    @Inject
    @ConfigProperty(name = "berrigune.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "berrigune.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "berrigune.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "berrigune.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "berrigune.smtp.from", defaultValue = DEFAULT_FROM)
    String from;

    /** {@code starttls} (required), {@code ssl} (TLS from the first byte, usually port 465) or {@code none}. */
    @Inject
    @ConfigProperty(name = "berrigune.smtp.tls", defaultValue = "starttls")
    String tls;

    private Session session;
    private InternetAddress fromAddress;
    private String tlsMode;

    @PostConstruct
    void init() {
        tlsMode = tls.strip().toLowerCase(Locale.ROOT);
        if (!tlsMode.equals("starttls") && !tlsMode.equals("ssl") && !tlsMode.equals("none")) {
            LOG.warning(() -> "BERRIGUNE_SMTP_TLS '" + tls + "' is not starttls, ssl or none: using starttls");
            tlsMode = "starttls";
        }
        try {
            fromAddress = new InternetAddress(from, true);
        } catch (AddressException e) {
            LOG.severe(() -> "BERRIGUNE_SMTP_FROM '" + from + "' is not one e-mail address (" + e.getMessage()
                    + "): e-mails are sent from " + DEFAULT_FROM);
            fromAddress = defaultFrom();
        }
        if (enabled()) {
            session = Session.getInstance(properties());
        }
    }

    private static InternetAddress defaultFrom() {
        try {
            return new InternetAddress(DEFAULT_FROM, true);
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host.orElseThrow().strip());
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
        p.put("mail.smtp.timeout", Integer.toString(IO_TIMEOUT_MS));
        p.put("mail.smtp.writetimeout", Integer.toString(IO_TIMEOUT_MS));
        p.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        if (tlsMode.equals("starttls")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        } else if (tlsMode.equals("ssl")) {
            p.put("mail.smtp.ssl.enable", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    @Override
    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public String describe() {
        return enabled()
                ? "smtp://" + host.get().strip() + ":" + port + " (TLS: " + tlsMode + ", "
                        + (user.isPresent() ? "as " + user.get() : "no authentication") + ", from " + fromAddress + ")"
                : "nowhere (BERRIGUNE_SMTP_HOST is empty)";
    }

    @Override
    public void send(OutgoingEmail email) throws MailDeliveryException {
        if (session == null) {
            throw new MailDeliveryException("SMTP is not configured", false, null);
        }
        InternetAddress to;
        try {
            to = new InternetAddress(email.to(), true);
        } catch (AddressException e) {
            throw new MailDeliveryException("Not a valid address", true, e);
        }
        try {
            MimeMessage message = new OutboxMessage(session, messageId(email));
            message.setFrom(fromAddress);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(email.subject(), "UTF-8");
            message.setText(email.body(), "UTF-8");
            message.setHeader("Content-Language", email.language());
            // RFC 3834: an automatic message; well-behaved servers send no out-of-office replies to it
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setSentDate(new Date());
            if (user.isPresent()) {
                Transport.send(message, user.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            throw new MailDeliveryException("The mail server refused the message", invalid != null && invalid.length > 0,
                    e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("The mail server could not be reached or failed", false, e);
        }
    }

    /** The same Message-ID on every attempt, so that a receiver can drop a copy sent twice after a crash. */
    private String messageId(OutgoingEmail email) {
        String domain = fromAddress.getAddress().substring(fromAddress.getAddress().indexOf('@') + 1);
        return "<berrigune." + email.id() + "." + email.createdAt().toEpochMilli() + "@" + domain + ">";
    }

    /** A message whose Message-ID is ours rather than a new random one on each save. */
    private static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
