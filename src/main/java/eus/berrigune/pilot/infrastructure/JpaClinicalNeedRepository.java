package eus.berrigune.pilot.infrastructure;

import eus.berrigune.pilot.domain.ClinicalNeed;
import eus.berrigune.pilot.domain.ClinicalNeedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaClinicalNeedRepository implements ClinicalNeedRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public ClinicalNeed save(ClinicalNeed need) {
        em.persist(need);
        return need;
    }

    @Override
    public Optional<ClinicalNeed> find(long id) {
        return Optional.ofNullable(em.find(ClinicalNeed.class, id));
    }

    @Override
    public List<ClinicalNeed> findByOrganisation(long organisationId) {
        return em.createQuery("select n from ClinicalNeed n where n.organisationId = :org order by n.createdAt desc, n.id desc",
                        ClinicalNeed.class)
                .setParameter("org", organisationId)
                .getResultList();
    }
}
