package eus.berrigune.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins by name, shared by every server through the database. */
public interface SignInFailuresRepository {

    Optional<SignInFailures> find(String accountKey);

    /** The row, locked against other servers' updates until the transaction ends. */
    Optional<SignInFailures> findForUpdate(String accountKey);

    SignInFailures save(SignInFailures failures);

    void delete(String accountKey);

    /** Forgets rows whose window and lock ended before {@code before}; returns how many. */
    int deleteStale(Instant windowStartedBefore, Instant lockEndedBefore);
}
