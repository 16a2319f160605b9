package eus.berrigune.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEmailTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1));

    static OutboxEmail email(String subject) {
        return new OutboxEmail(1L, 2L, "ane@example.org", "eu", subject, "Body\nwith lines", NOW);
    }

    @Test
    void isDueAtOnceAndKeepsTheBodyAsWritten() {
        OutboxEmail email = email("Hello");
        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(email.getAttempts()).isZero();
        assertThat(email.getBody()).isEqualTo("Body\nwith lines");
    }

    @Test
    void noTextCanStartAHeaderOfItsOwn() {
        OutboxEmail email = email("Saved search «pumps\r\nBcc: victim@example.org»\u0000\u2028x");
        assertThat(email.getSubject()).doesNotContain("\r", "\n", "\u0000", "\u2028")
                .isEqualTo("Saved search «pumps Bcc: victim@example.org» x");
        assertThat(OutboxEmail.headerSafe("a".repeat(400), 300)).hasSize(300).endsWith("…");
        for (String address : new String[] {"a@b.c\r\nBcc: x@y.z", "a@b.c, x@y.z", "two words@b.c", "nobody", "@b.c", ""}) {
            assertThatThrownBy(() -> new OutboxEmail(1L, 2L, address, "es", "S", "B", NOW))
                    .as(address).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFailedAttemptIsRetriedAsThePolicySaysThenGivenUp() {
        OutboxEmail email = email("Hello");
        // the claim counts attempts in the database; here each failure follows a claim
        setAttempts(email, 1);
        assertThat(email.failed("421 try later", false, POLICY, NOW)).isTrue();
        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(email.getLastError()).contains("421 try later");

        setAttempts(email, 3);
        assertThat(email.failed("connection refused", false, POLICY, NOW)).isFalse();
        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.FAILED);
    }

    @Test
    void aPermanentFailureIsNotRetriedAndASentOneForgetsItsError() {
        OutboxEmail refused = email("Hello");
        setAttempts(refused, 1);
        assertThat(refused.failed("550 no such user", true, POLICY, NOW)).isFalse();
        assertThat(refused.getStatus()).isEqualTo(OutboxEmail.Status.FAILED);

        OutboxEmail sent = email("Hello");
        setAttempts(sent, 1);
        sent.failed("timeout", false, POLICY, NOW);
        sent.sent(NOW.plusSeconds(90));
        assertThat(sent.getStatus()).isEqualTo(OutboxEmail.Status.SENT);
        assertThat(sent.getSentAt()).contains(NOW.plusSeconds(90));
        assertThat(sent.getLastError()).isEmpty();
    }

    private static void setAttempts(OutboxEmail email, int attempts) {
        try {
            var field = OutboxEmail.class.getDeclaredField("attempts");
            field.setAccessible(true);
            field.setInt(email, attempts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
