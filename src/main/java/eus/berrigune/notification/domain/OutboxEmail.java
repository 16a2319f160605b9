package eus.berrigune.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The e-mail of one notification, waiting in the outbox until a sender has delivered it to the SMTP server. Written
 * in the transaction that creates the notification, so that it exists exactly when the notification does and
 * survives restarts. Its text is rendered when it is written (in the recipient's language), so that sending needs
 * nothing but this row. An e-mail that is no notification (a registration's confirmation link, its decision) has no
 * notification and no recipient account, only the address.
 *
 * <p>Invariants: the subject and the address hold no line break or other control character (so that no text a user
 * typed, such as a product name, can add a mail header); a row is {@code SENT} or {@code FAILED} for good; its
 * {@code version} moves with every claim, and only the node whose claim moved it may send it.
 */
@Entity
@Table(name = "email_outbox")
public class OutboxEmail {

    public static final int ADDRESS_MAX = 254;
    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 4000;
    public static final int ERROR_MAX = 1000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");

    /** Where an e-mail is on its way out. */
    public enum Status {
        /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
        PENDING,
        /** Claimed by a sender; if it is still so after {@code nextAttemptAt}, that sender died and it is due again. */
        SENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Given up: refused for good, or every attempt failed. */
        FAILED
    }

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "notification_id", updatable = false)
    private Long notificationId;

    @Column(name = "recipient_id", updatable = false)
    private Long recipientId;

    @Column(name = "to_address", nullable = false, updatable = false, length = ADDRESS_MAX)
    private String toAddress;

    @Column(nullable = false, updatable = false, length = 2)
    private String language;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, updatable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxEmail() {}

    /** A new e-mail, due at once. */
    public OutboxEmail(Long notificationId, Long recipientId, String toAddress, String language, String subject,
            String body, Instant now) {
        String address = Objects.requireNonNull(toAddress).strip();
        if (address.isEmpty() || address.length() > ADDRESS_MAX || CONTROL.matcher(address).find()
                || address.chars().anyMatch(Character::isWhitespace) || address.indexOf('@') < 1) {
            throw new IllegalArgumentException("Not a single e-mail address: " + address);
        }
        this.notificationId = notificationId;
        this.recipientId = recipientId;
        this.toAddress = address;
        this.language = Objects.requireNonNull(language);
        this.subject = headerSafe(subject, SUBJECT_MAX);
        this.body = cut(Objects.requireNonNull(body), BODY_MAX);
        this.createdAt = Objects.requireNonNull(now);
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    /**
     * A text fit for one header line: control characters (line breaks above all, which would start a new header)
     * become one space, surrounding blanks go, and it is cut to {@code max} characters.
     */
    public static String headerSafe(String text, int max) {
        String clean = CONTROL.matcher(Objects.requireNonNull(text)).replaceAll(" ").strip();
        return cut(clean, max);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Delivered to the SMTP server. */
    public void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    /**
     * The attempt (already counted by the claim) failed: try again when the policy says, or give up for good when
     * the failure is permanent or that was the last attempt. Returns whether it will be tried again.
     */
    public boolean failed(String error, boolean permanent, RetryPolicy policy, Instant now) {
        lastError = error == null ? null : cut(error, ERROR_MAX);
        Optional<Instant> next = permanent ? Optional.empty() : policy.nextAttempt(attempts, now);
        if (next.isPresent()) {
            status = Status.PENDING;
            nextAttemptAt = next.get();
            return true;
        }
        status = Status.FAILED;
        return false;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Long> getNotificationId() {
        return Optional.ofNullable(notificationId);
    }

    public Optional<Long> getRecipientId() {
        return Optional.ofNullable(recipientId);
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }
}
