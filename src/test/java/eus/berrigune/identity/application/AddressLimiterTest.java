package eus.berrigune.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressLimiterTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anAddressIsBlockedAfterItsMaxUntilTheWindowEnds() {
        AddressLimiter limiter = new AddressLimiter(20, Duration.ofMinutes(1));
        for (int i = 0; i < 19; i++) {
            limiter.count("10.0.0.1", T0.plusSeconds(i));
        }
        assertThat(limiter.blockedFor("10.0.0.1", T0.plusSeconds(19))).isEmpty();
        limiter.count("10.0.0.1", T0.plusSeconds(19));
        assertThat(limiter.blockedFor("10.0.0.1", T0.plusSeconds(20))).contains(Duration.ofSeconds(40));
        assertThat(limiter.blockedFor("10.0.0.2", T0.plusSeconds(20))).as("another address").isEmpty();
        assertThat(limiter.blockedFor("10.0.0.1", T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void aClockThatWentBackStartsAFreshWindow() {
        AddressLimiter limiter = new AddressLimiter(1, Duration.ofMinutes(1));
        limiter.count("10.0.0.1", T0);
        assertThat(limiter.blockedFor("10.0.0.1", T0)).isPresent();
        assertThat(limiter.blockedFor("10.0.0.1", T0.minusSeconds(5))).isEmpty();
    }

    @Test
    void tryAcquireCountsOnlyWhatItLetsThrough() {
        AddressLimiter limiter = new AddressLimiter(2, Duration.ofHours(1));
        assertThat(limiter.tryAcquire("a", T0)).isEmpty();
        assertThat(limiter.tryAcquire("a", T0)).isEmpty();
        assertThat(limiter.tryAcquire("a", T0.plusSeconds(60))).contains(Duration.ofMinutes(59));
        assertThat(limiter.tryAcquire("a", T0.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void manyAddressesDoNotGrowWithoutBound() {
        AddressLimiter limiter = new AddressLimiter(1, Duration.ofMinutes(1));
        for (int i = 0; i < AddressLimiter.MAX_ADDRESSES + 10; i++) {
            limiter.count("10.0." + i, T0);
        }
        assertThat(limiter.blockedFor("10.0.0", T0)).as("forgotten when the map overflowed").isEmpty();
        assertThat(limiter.blockedFor("10.0." + (AddressLimiter.MAX_ADDRESSES + 9), T0)).isPresent();
    }
}
