package eus.berrigune.notification.infrastructure;

import eus.berrigune.notification.domain.OutboxEmail;
import eus.berrigune.notification.domain.OutboxEmailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The outbox in JPA. The due list and the claim are plain SQL with {@code TIMESTAMP WITH TIME ZONE} parameters, the
 * same on H2 and PostgreSQL, so that the claim is one conditional UPDATE whatever the JPA provider makes of it.
 */
@ApplicationScoped
public class JpaOutboxEmailRepository implements OutboxEmailRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public OutboxEmail save(OutboxEmail email) {
        em.persist(email);
        return email;
    }

    @Override
    public Optional<OutboxEmail> find(long id) {
        return Optional.ofNullable(em.find(OutboxEmail.class, id));
    }

    @Override
    public List<Due> findDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, version FROM email_outbox"
                        + " WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= ?1 ORDER BY attempts, next_attempt_at, id")
                .setParameter(1, utc(now))
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new Due(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).toList();
    }

    @Override
    public boolean claim(long id, long version, Instant now, Instant leaseUntil) {
        return em.createNativeQuery("UPDATE email_outbox SET status = 'SENDING', attempts = attempts + 1,"
                        + " next_attempt_at = ?1, version = version + 1"
                        + " WHERE id = ?2 AND version = ?3 AND status IN ('PENDING', 'SENDING') AND next_attempt_at <= ?4")
                .setParameter(1, utc(leaseUntil))
                .setParameter(2, id)
                .setParameter(3, version)
                .setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    @Override
    public long countByStatus(OutboxEmail.Status status) {
        return em.createQuery("select count(e) from OutboxEmail e where e.status = :s", Long.class)
                .setParameter("s", status)
                .getSingleResult();
    }

    @Override
    public int deleteSentBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM email_outbox WHERE status = 'SENT' AND sent_at < ?1")
                .setParameter(1, utc(before))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
