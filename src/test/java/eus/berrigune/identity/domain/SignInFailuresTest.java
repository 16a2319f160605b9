package eus.berrigune.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final SignInFailures.LockoutPolicy POLICY =
            new SignInFailures.LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void theFifthFailureWithinTheWindowLocksForTheLockDuration() {
        SignInFailures f = new SignInFailures("Ane ");
        for (int i = 0; i < 4; i++) {
            assertThat(f.failed(T0.plusSeconds(60L * i), POLICY)).isEmpty();
        }
        assertThat(f.lockedAt(T0.plusSeconds(240))).isEmpty();
        assertThat(f.failed(T0.plusSeconds(300), POLICY)).contains(T0.plusSeconds(300).plus(Duration.ofMinutes(15)));
        assertThat(f.lockedAt(T0.plusSeconds(301))).isPresent();
        assertThat(f.lockedAt(T0.plusSeconds(300).plus(Duration.ofMinutes(15)).minusMillis(1))).isPresent();
        assertThat(f.lockedAt(T0.plusSeconds(300).plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failuresWhileLockedAreNotCountedAndTheLockDoesNotGrow() {
        SignInFailures f = new SignInFailures("ane");
        for (int i = 0; i < 5; i++) {
            f.failed(T0, POLICY);
        }
        Instant until = f.lockedAt(T0).orElseThrow();
        assertThat(f.failed(T0.plusSeconds(10), POLICY)).isEmpty();
        assertThat(f.lockedAt(T0.plusSeconds(10))).contains(until);
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverLock() {
        SignInFailures f = new SignInFailures("ane");
        for (int i = 0; i < 20; i++) {
            assertThat(f.failed(T0.plus(Duration.ofMinutes(4L * i)), POLICY)).isEmpty();
        }
    }

    @Test
    void afterTheLockEndsAFreshWindowStarts() {
        SignInFailures f = new SignInFailures("ane");
        for (int i = 0; i < 5; i++) {
            f.failed(T0, POLICY);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertThat(f.lockedAt(later)).isEmpty();
        assertThat(f.failed(later, POLICY)).isEmpty();
        assertThat(f.getFailures()).isEqualTo(1);
    }

    @Test
    void namesAreCountedAsAccountsAreLookedUp() {
        assertThat(SignInFailures.key("  Ane.Etxeberria ")).isEqualTo("ane.etxeberria");
        assertThat(SignInFailures.key(null)).isEmpty();
        assertThat(SignInFailures.key("x".repeat(200))).hasSize(SignInFailures.KEY_MAX);
    }

    @Test
    void aPolicyNeedsAFailureAndPositiveDurations() {
        assertThatThrownBy(() -> new SignInFailures.LockoutPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInFailures.LockoutPolicy(5, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
