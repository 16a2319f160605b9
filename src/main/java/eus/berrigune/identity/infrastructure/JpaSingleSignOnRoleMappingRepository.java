package eus.berrigune.identity.infrastructure;

import eus.berrigune.identity.domain.SingleSignOnRoleMapping;
import eus.berrigune.identity.domain.SingleSignOnRoleMappingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSingleSignOnRoleMappingRepository implements SingleSignOnRoleMappingRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<SingleSignOnRoleMapping> findByClaimValue(String claimValue) {
        return em.createQuery("select m from SingleSignOnRoleMapping m where m.claimValue = :value",
                        SingleSignOnRoleMapping.class)
                .setParameter("value", claimValue)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<SingleSignOnRoleMapping> findByClaimValues(Collection<String> claimValues) {
        if (claimValues.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from SingleSignOnRoleMapping m where m.claimValue in :values",
                        SingleSignOnRoleMapping.class)
                .setParameter("values", claimValues)
                .getResultList();
    }

    @Override
    public List<SingleSignOnRoleMapping> findAll() {
        return em.createQuery("select m from SingleSignOnRoleMapping m order by m.claimValue",
                        SingleSignOnRoleMapping.class)
                .getResultList();
    }

    @Override
    public SingleSignOnRoleMapping save(SingleSignOnRoleMapping mapping) {
        if (mapping.getId() == null) {
            em.persist(mapping);
            return mapping;
        }
        return em.merge(mapping);
    }

    @Override
    public void delete(SingleSignOnRoleMapping mapping) {
        em.remove(em.contains(mapping) ? mapping : em.merge(mapping));
    }
}
