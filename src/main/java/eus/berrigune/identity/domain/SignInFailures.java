package eus.berrigune.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The recent failed sign-ins under one name, and the lock they led to. Kept in the database so that every server
 * counts the same failures. Kept for any name tried, whether an account has it or not: an unknown name is locked
 * exactly like a known one, so the answers never tell which names exist.
 *
 * <p>Rules ({@link LockoutPolicy}): failures are counted in a window that starts with the first failure; the
 * {@code maxFailures}-th failure within the window locks the name for {@code lockDuration}; while locked every
 * attempt is refused, the right password too, and is not counted; a failure after the window (or after the lock)
 * starts a new window; a successful sign-in forgets everything.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailures {

    public static final int KEY_MAX = 64;

    @Id
    @Column(name = "account_key", length = KEY_MAX)
    private String accountKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInFailures() {}

    public SignInFailures(String typedName) {
        this.accountKey = key(typedName);
    }

    /** How a typed name is counted: stripped, lower case (as accounts are looked up), at most 64 characters. */
    public static String key(String typedName) {
        String name = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
        return name.length() > KEY_MAX ? name.substring(0, KEY_MAX) : name;
    }

    /** Until when the name is locked, if it is at {@code now}. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /**
     * Counts one failure at {@code now}; returns the end of the lock if this failure locked the name. Failures while
     * locked are not counted (they were refused before the password was looked at).
     */
    public Optional<Instant> failed(Instant now, LockoutPolicy policy) {
        if (lockedAt(now).isPresent()) {
            return Optional.empty();
        }
        if (failures == 0 || windowStart == null || !now.isBefore(windowStart.plus(policy.window()))
                || now.isBefore(windowStart)) {
            failures = 0;
            windowStart = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            failures = 0;
            return Optional.of(lockedUntil);
        }
        return Optional.empty();
    }

    public String getAccountKey() {
        return accountKey;
    }

    public int getFailures() {
        return failures;
    }

    /**
     * When accounts lock.
     *
     * @param maxFailures failures within the window that lock the name (at least 1)
     * @param window how long failures are counted together
     * @param lockDuration how long a lock lasts
     */
    public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

        public LockoutPolicy {
            if (maxFailures < 1 || window.isNegative() || window.isZero() || lockDuration.isNegative()
                    || lockDuration.isZero()) {
                throw new IllegalArgumentException("a lockout needs at least one failure and positive durations");
            }
        }
    }
}
