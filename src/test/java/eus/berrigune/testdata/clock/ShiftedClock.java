package eus.berrigune.testdata.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only (added to the deployment by {@code Deployments.withShiftedClock()}): the application's clock, moved on by
 * the tests instead of sleeping. Replaces the production clock producer as an enabled alternative.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ShiftedClock {

    static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), OFFSET.get());
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(OFFSET.get());
            }
        };
    }
}
