package eus.berrigune.notification.infrastructure;

import eus.berrigune.notification.domain.Notification;
import eus.berrigune.notification.domain.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Notification save(Notification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> findByRecipient(long recipientId, int offset, int limit) {
        return em.createQuery("select n from Notification n where n.recipientId = :r order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("r", recipientId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countByRecipient(long recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :r", Long.class)
                .setParameter("r", recipientId)
                .getSingleResult();
    }

    @Override
    public long countUnread(long recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :r and n.readAt is null", Long.class)
                .setParameter("r", recipientId)
                .getSingleResult();
    }

    @Override
    public List<Notification> findUnread(long recipientId) {
        return em.createQuery("select n from Notification n where n.recipientId = :r and n.readAt is null", Notification.class)
                .setParameter("r", recipientId)
                .getResultList();
    }
}
