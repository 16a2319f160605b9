package eus.berrigune.idempotency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first successful answer to one call made with an {@code Idempotency-Key}. Created complete, in the transaction
 * of the change it answers, and never changed: a retry either matches it (same method, path and request hash) and gets
 * its answer, or is a different call reusing the key and is refused. It expires at {@link #expiresAt()}.
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

    public static final int KEY_MAX = 100;
    public static final int PATH_MAX = 1000;

    /** Visible ASCII without spaces: UUIDs and the like; nothing that could carry a line break into a log. */
    public static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + KEY_MAX + "}");

    @EmbeddedId
    private IdempotentRequestId id;

    @Column(nullable = false, length = 10)
    private String method;

    @Column(nullable = false, length = PATH_MAX)
    private String path;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(nullable = false)
    private int status;

    @Column(length = PATH_MAX)
    private String location;

    @Column(name = "response_body")
    private byte[] responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected IdempotentRequest() {}

    public IdempotentRequest(IdempotentRequestId id, RequestFingerprint fingerprint, int status, String location,
            byte[] responseBody, Instant now, Instant expiresAt) {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("Only successful answers are kept, not " + status);
        }
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("A key must outlive its call");
        }
        this.id = Objects.requireNonNull(id);
        this.method = fingerprint.method();
        this.path = fingerprint.path();
        this.requestHash = fingerprint.hash();
        this.status = status;
        this.location = location;
        this.responseBody = responseBody == null ? null : responseBody.clone();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether a call is the one this answer was for (a retry), rather than a different call reusing the key. */
    public boolean answers(RequestFingerprint call) {
        return method.equals(call.method()) && path.equals(call.path()) && requestHash.equals(call.hash());
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public IdempotentRequestId getId() {
        return id;
    }

    public int getStatus() {
        return status;
    }

    public Optional<String> getLocation() {
        return Optional.ofNullable(location);
    }

    public byte[] getResponseBody() {
        return responseBody == null ? new byte[0] : responseBody.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
