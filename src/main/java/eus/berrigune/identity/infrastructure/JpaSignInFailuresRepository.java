package eus.berrigune.identity.infrastructure;

import eus.berrigune.identity.domain.SignInFailures;
import eus.berrigune.identity.domain.SignInFailuresRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaSignInFailuresRepository implements SignInFailuresRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<SignInFailures> find(String accountKey) {
        return Optional.ofNullable(em.find(SignInFailures.class, accountKey));
    }

    @Override
    public Optional<SignInFailures> findForUpdate(String accountKey) {
        return Optional.ofNullable(em.find(SignInFailures.class, accountKey, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public SignInFailures save(SignInFailures failures) {
        if (!em.contains(failures)) {
            em.persist(failures);
        }
        return failures;
    }

    @Override
    public void delete(String accountKey) {
        em.createQuery("delete from SignInFailures f where f.accountKey = :key")
                .setParameter("key", accountKey)
                .executeUpdate();
    }

    @Override
    public int deleteStale(Instant windowStartedBefore, Instant lockEndedBefore) {
        return em.createQuery("delete from SignInFailures f where f.windowStart < :window"
                        + " and (f.lockedUntil is null or f.lockedUntil < :lock)")
                .setParameter("window", windowStartedBefore)
                .setParameter("lock", lockEndedBefore)
                .executeUpdate();
    }
}
