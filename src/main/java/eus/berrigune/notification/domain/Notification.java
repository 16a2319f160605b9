package eus.berrigune.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a user is told: a message key and up to two parameters (shown in the reader's language when read) and a
 * link inside the application. Read once opened or marked read; never edited otherwise.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int PARAM_MAX = 300;
    public static final int LINK_MAX = 500;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(length = PARAM_MAX, updatable = false)
    private String param1;

    @Column(length = PARAM_MAX, updatable = false)
    private String param2;

    @Column(length = LINK_MAX, updatable = false)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    /**
     * A new, unread notification.
     *
     * @param link a path inside the application starting with {@code /}, or null
     */
    public Notification(long recipientId, Instant createdAt, String messageKey, String param1, String param2, String link) {
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > LINK_MAX)) {
            throw new IllegalArgumentException("A notification links inside the application: " + link);
        }
        this.recipientId = recipientId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.param1 = cut(param1);
        this.param2 = cut(param2);
        this.link = link;
    }

    private static String cut(String value) {
        return value == null || value.length() <= PARAM_MAX ? value : value.substring(0, PARAM_MAX - 1) + "…";
    }

    /** Marks it read (the first time only). */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getParam1() {
        return param1;
    }

    public String getParam2() {
        return param2;
    }

    public Optional<String> getLink() {
        return Optional.ofNullable(link);
    }

    public Optional<Instant> getReadAt() {
        return Optional.ofNullable(readAt);
    }
}
