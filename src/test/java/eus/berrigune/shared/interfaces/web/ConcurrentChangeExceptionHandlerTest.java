package eus.berrigune.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeExceptionHandlerTest {

    @Test
    void recognisesALostRaceDeepInTheCauseChain() {
        Throwable lock = new RuntimeException("transaction", new IllegalStateException("commit",
                new jakarta.persistence.OptimisticLockException("stale")));
        Throwable duplicate = new RuntimeException(new SQLException("duplicate key", "23505"));
        assertThat(ConcurrentChangeExceptionHandler.isConcurrentChange(lock)).isTrue();
        assertThat(ConcurrentChangeExceptionHandler.isConcurrentChange(duplicate)).isTrue();
    }

    @Test
    void leavesEveryOtherFailureToTheErrorPage() {
        assertThat(ConcurrentChangeExceptionHandler.isConcurrentChange(new RuntimeException(
                new SQLException("syntax", "42601")))).isFalse();
        assertThat(ConcurrentChangeExceptionHandler.isConcurrentChange(new NullPointerException())).isFalse();
        assertThat(ConcurrentChangeExceptionHandler.isConcurrentChange(null)).isFalse();
    }
}
