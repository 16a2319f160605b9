package eus.berrigune.identity.application;

import eus.berrigune.identity.domain.SignInFailures;
import eus.berrigune.identity.domain.SignInFailuresRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in throttling and lockout (OWASP ASVS 5.0, V6.3), for both doors (the sign-in page and HTTP Basic on the
 * API), asked by the authentication mechanism before and after every password check:
 *
 * <ul>
 *   <li>per name: {@code berrigune.signin.max.failures} failures within {@code berrigune.signin.window.minutes} lock
 *       the name for {@code berrigune.signin.lock.minutes}; in the database ({@link SignInFailures}), so every server
 *       agrees; unknown names are locked the same way; a successful sign-in clears the count;
 *   <li>per client address: {@code berrigune.signin.address.max.failures} failures within a minute refuse every
 *       attempt from it until that minute is over; in memory ({@link AddressLimiter}).
 * </ul>
 */
@ApplicationScoped
@Transactional
public class SignInGuard {

    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
    private static final java.util.concurrent.atomic.AtomicLong COUNTED = new java.util.concurrent.atomic.AtomicLong();

    @Inject
    SignInFailuresRepository failures;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "berrigune.signin.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "berrigune.signin.window.minutes", defaultValue = "15")
    long windowMinutes;

    @Inject
    @ConfigProperty(name = "berrigune.signin.lock.minutes", defaultValue = "15")
    long lockMinutes;

    @Inject
    @ConfigProperty(name = "berrigune.signin.address.max.failures", defaultValue = "20")
    int addressMaxFailures;

    private SignInFailures.LockoutPolicy policy;
    private AddressLimiter addresses;

    @PostConstruct
    void init() {
        policy = new SignInFailures.LockoutPolicy(Math.max(1, maxFailures), Duration.ofMinutes(Math.max(1, windowMinutes)),
                Duration.ofMinutes(Math.max(1, lockMinutes)));
        addresses = new AddressLimiter(Math.max(1, addressMaxFailures), ADDRESS_WINDOW);
    }

    public SignInFailures.LockoutPolicy policy() {
        return policy;
    }

    /** Whether an attempt under this name from this address is refused before its password is even looked at. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignInRefusal> refusal(String typedName, String address) {
        Instant now = clock.instant();
        Optional<Duration> throttled = addresses.blockedFor(address, now);
        if (throttled.isPresent()) {
            return Optional.of(new SignInRefusal(SignInRefusal.Reason.THROTTLED, throttled.get()));
        }
        return failures.find(SignInFailures.key(typedName))
                .flatMap(f -> f.lockedAt(now))
                .map(until -> new SignInRefusal(SignInRefusal.Reason.LOCKED, Duration.between(now, until)));
    }

    /** Counts a failed attempt; returns the lock if this failure locked the name. */
    public Optional<SignInRefusal> failed(String typedName, String address) {
        Instant now = clock.instant();
        addresses.count(address, now);
        if (COUNTED.incrementAndGet() % 100 == 0) {
            forgetStale();
        }
        String key = SignInFailures.key(typedName);
        SignInFailures row = failures.findForUpdate(key).orElseGet(() -> failures.save(new SignInFailures(key)));
        return row.failed(now, policy)
                .map(until -> new SignInRefusal(SignInRefusal.Reason.LOCKED, Duration.between(now, until)));
    }

    /** A successful sign-in forgets the name's failures (a read when there are none: API calls sign in every time). */
    public void succeeded(String typedName) {
        String key = SignInFailures.key(typedName);
        if (failures.find(key).isPresent()) {
            failures.delete(key);
        }
    }

    /** Forgets names whose failures and lock are long over (called now and then; keeps the table small). */
    public int forgetStale() {
        Instant now = clock.instant();
        return failures.deleteStale(now.minus(policy.window()), now);
    }
}
