package eus.berrigune.identity.infrastructure;

import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.identity.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        return em.createQuery("select o from Organisation o where lower(o.name) = lower(:name)", Organisation.class)
                .setParameter("name", name.strip())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Organisation> findBySsoCode(String code) {
        return em.createQuery("select o from Organisation o where o.ssoCode = :code", Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Organisation> findByVatNumber(String normalisedVatNumber) {
        // JPQL of JPA 3.1 has no REPLACE; the SQL function is the same on H2 and PostgreSQL
        String canonical = "upper(function('REPLACE', function('REPLACE', function('REPLACE', o.vatNumber, ' ', ''),"
                + " '-', ''), '.', ''))";
        return em.createQuery("select o from Organisation o where " + canonical + " = :vat or " + canonical
                        + " = :prefixed", Organisation.class)
                .setParameter("vat", normalisedVatNumber.toUpperCase(java.util.Locale.ROOT))
                .setParameter("prefixed", "ES" + normalisedVatNumber.toUpperCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> findAll() {
        return em.createQuery("select o from Organisation o order by o.kind, o.name", Organisation.class)
                .getResultList();
    }

    @Override
    public List<Organisation> findAll(java.util.Collection<Long> ids) {
        return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Organisation save(Organisation organisation) {
        if (organisation.getId() == null) {
            em.persist(organisation);
            return organisation;
        }
        return em.merge(organisation);
    }
}
