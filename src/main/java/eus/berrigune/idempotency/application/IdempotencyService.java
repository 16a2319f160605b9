package eus.berrigune.idempotency.application;

import eus.berrigune.idempotency.domain.IdempotentRequest;
import eus.berrigune.idempotency.domain.IdempotentRequestId;
import eus.berrigune.idempotency.domain.IdempotentRequestRepository;
import eus.berrigune.idempotency.domain.RequestFingerprint;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Does a state-changing API call at most once per user and {@code Idempotency-Key}: the transaction boundary around
 * the business service (which joins this transaction), so that the stored answer commits exactly with the change.
 */
@ApplicationScoped
@Transactional
public class IdempotencyService {

    /** The HTTP header clients send. */
    public static final String HEADER = "Idempotency-Key";

    static final String DEFAULT_HOURS = "24";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotentRequestRepository requests;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "berrigune.idempotency.hours", defaultValue = DEFAULT_HOURS)
    long hours;

    /**
     * Answers a retry of an earlier successful call with the same key from what was stored; refuses the key if it
     * was used for a different call (422); otherwise does the call and stores its answer in this transaction.
     * Without a signed-in caller the call is refused like any call needing one (the action's own check would too).
     */
    public IdempotentAnswer once(String key, RequestFingerprint call, Supplier<IdempotentOutcome> action) {
        if (key == null || !IdempotentRequest.KEY.matcher(key).matches()) {
            throw new ValidationException(HEADER, "idempotency.validation.key");
        }
        IdempotentRequestId id = new IdempotentRequestId(currentUser.require().userId(), key);
        Instant now = clock.instant();
        Optional<IdempotentRequest> earlier = requests.find(id);
        if (earlier.isPresent() && earlier.get().isExpiredAt(now)) {
            requests.delete(earlier.get());
            earlier = Optional.empty();
        }
        if (earlier.isPresent()) {
            IdempotentRequest stored = earlier.get();
            if (!stored.answers(call)) {
                throw new ValidationException(HEADER, "idempotency.validation.reused");
            }
            return new IdempotentAnswer(stored.getStatus(), stored.getLocation(), stored.getResponseBody(), true);
        }
        IdempotentOutcome outcome = action.get();
        byte[] body = outcome.entity() == null ? new byte[0]
                : JSON.toJson(outcome.entity()).getBytes(StandardCharsets.UTF_8);
        String location = outcome.location() == null ? null : outcome.location().toString();
        requests.insert(new IdempotentRequest(id, call, outcome.status(), location, body, now,
                now.plus(Duration.ofHours(Math.max(1, hours)))));
        return new IdempotentAnswer(outcome.status(), Optional.ofNullable(location), body, false);
    }

    /** Forgets the keys whose lifetime is over; returns how many. */
    public int deleteExpired() {
        return requests.deleteExpired(clock.instant());
    }
}
