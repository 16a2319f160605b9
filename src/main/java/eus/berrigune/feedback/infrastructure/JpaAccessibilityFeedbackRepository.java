package eus.berrigune.feedback.infrastructure;

import eus.berrigune.feedback.domain.AccessibilityFeedback;
import eus.berrigune.feedback.domain.AccessibilityFeedbackRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccessibilityFeedbackRepository implements AccessibilityFeedbackRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public AccessibilityFeedback save(AccessibilityFeedback feedback) {
        em.persist(feedback);
        return feedback;
    }

    @Override
    public Optional<AccessibilityFeedback> find(long id) {
        return Optional.ofNullable(em.find(AccessibilityFeedback.class, id));
    }

    @Override
    public List<AccessibilityFeedback> findLatest(int limit) {
        return em.createQuery("select f from AccessibilityFeedback f order by f.createdAt desc, f.id desc",
                        AccessibilityFeedback.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
