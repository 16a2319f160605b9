package eus.berrigune.identity.infrastructure;

import eus.berrigune.identity.domain.CompanyRegistration;
import eus.berrigune.identity.domain.CompanyRegistrationRepository;
import eus.berrigune.identity.domain.OrganisationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCompanyRegistrationRepository implements CompanyRegistrationRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<CompanyRegistration> find(long id) {
        return Optional.ofNullable(em.find(CompanyRegistration.class, id));
    }

    @Override
    public Optional<CompanyRegistration> findByTokenHash(String tokenHash) {
        return em.createQuery("select r from CompanyRegistration r where r.tokenHash = :hash", CompanyRegistration.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CompanyRegistration> findByStatus(Collection<OrganisationStatus> statuses) {
        return em.createQuery("select r from CompanyRegistration r where r.company.status in :statuses"
                        + " order by r.createdAt, r.id", CompanyRegistration.class)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public CompanyRegistration save(CompanyRegistration registration) {
        if (registration.getId() == null) {
            em.persist(registration);
            return registration;
        }
        return em.merge(registration);
    }
}
