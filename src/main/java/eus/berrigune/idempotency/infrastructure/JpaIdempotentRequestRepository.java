package eus.berrigune.idempotency.infrastructure;

import eus.berrigune.idempotency.domain.IdempotentRequest;
import eus.berrigune.idempotency.domain.IdempotentRequestId;
import eus.berrigune.idempotency.domain.IdempotentRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaIdempotentRequestRepository implements IdempotentRequestRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<IdempotentRequest> find(IdempotentRequestId id) {
        return Optional.ofNullable(em.find(IdempotentRequest.class, id));
    }

    @Override
    public void insert(IdempotentRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public void delete(IdempotentRequest request) {
        em.remove(request);
        em.flush();
    }

    @Override
    public int deleteExpired(Instant now) {
        return em.createQuery("delete from IdempotentRequest r where r.expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
