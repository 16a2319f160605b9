package eus.berrigune.shared.domain;

import java.time.Duration;

/** Too many requests of one kind from one client; nothing was done. Answered 429 with Retry-After. */
public class RateLimitedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimitedException(Duration retryAfter) {
        super("error.rateLimited", Math.max(1, (retryAfter.getSeconds() + 59) / 60));
        this.retryAfterSeconds = Math.max(1, retryAfter.getSeconds());
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
